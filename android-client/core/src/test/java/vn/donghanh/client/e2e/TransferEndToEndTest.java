package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.model.CaseDetail;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.MentorContact;
import vn.donghanh.client.sync.SyncResult;

/**
 * Issue 14 against the real backend: a person moves from Tân Thịnh to Phú Xá. Once Phú Xá accepts,
 * the old mentor's phone and the old officer's phone drop the case at their next sync, and the
 * person's phone reads where they now belong and whom to call. A fresh mentor and a fresh person,
 * so the demo records the other end-to-end tests use stay as they were.
 */
@ExtendWith(Backend.class)
class TransferEndToEndTest {
    private static String today() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        return f.format(new Date());
    }

    private static JSONObject body(Object... kv) {
        JSONObject o = new JSONObject();
        for (int i = 0; i < kv.length; i += 2) {
            Json.put(o, (String) kv[i], kv[i + 1]);
        }
        return o;
    }

    @Test
    void afterTheNewCommuneAcceptsOnlyItsPhonesKeepTheCaseAndThePersonSeesTheirNewCommune() throws Exception {
        Phone admin = EndToEndTest.adminPhone();
        Phone tanThinh = EndToEndTest.staff("demo.officer.tanthinh");
        Phone phuXa = EndToEndTest.staff("demo.officer.phuxa");
        String from = tanThinh.client.auth().current().account.adminUnitId;
        String to = phuXa.client.auth().current().account.adminUnitId;
        String tag = UUID.randomUUID().toString().substring(0, 6);

        String youthUnion = null;
        for (JSONObject o :
                Json.objects(admin.client.api().client().getArray("/api/v1/organisations?adminUnitId=" + from))) {
            if ("YOUTH_UNION".equals(Json.string(o, "type"))) {
                youthUnion = Json.string(o, "id");
            }
        }
        assertNotNull(youthUnion, "the demo commune has a Youth Union");
        admin.client
                .api()
                .client()
                .post(
                        "/api/v1/accounts",
                        body(
                                "organisationId",
                                youthUnion,
                                "username",
                                "e2e.mentor." + tag,
                                "password",
                                EndToEndTest.PASSWORD,
                                "displayName",
                                "Người Đồng Hành " + tag,
                                "role",
                                "MENTOR",
                                "adminUnitId",
                                from,
                                "phone",
                                "0977" + String.format("%06d", Math.abs(tag.hashCode()) % 1_000_000)));
        Phone mentor = EndToEndTest.staff("e2e.mentor." + tag);
        String personPhone = "09" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
        String caseId = Json.string(
                tanThinh.client
                        .api()
                        .client()
                        .post(
                                "/api/v1/cases",
                                body(
                                        "adminUnitId", from,
                                        "fullName", "Lò Văn Chuyển " + tag,
                                        "dateOfBirth", "1991-04-02",
                                        "sex", "MALE",
                                        "preferredLanguage", "vi",
                                        "phone", personPhone,
                                        "address", "Tổ 3, phường Tân Thịnh",
                                        "basis", "VOLUNTARY_REHAB",
                                        "decisionNumber", "7/QĐ-UBND",
                                        "decisionDate", "2026-03-01",
                                        "startDate", "2026-03-02")),
                "id");
        tanThinh.client
                .api()
                .client()
                .post(
                        "/api/v1/cases/" + caseId + "/assignments",
                        body("mentorId", mentor.client.auth().current().account.id, "startDate", today()));
        String code = Json.string(
                tanThinh.client.api().client().post("/api/v1/cases/" + caseId + "/activation-code", new JSONObject()),
                "code");
        Phone person = new Phone();
        person.client.auth().activate(personPhone, code, "246810");

        mentor.client.syncNow(true);
        tanThinh.client.syncNow(true);
        assertNotNull(mentor.client.records().caseSummary(caseId), "the mentor's phone holds the case");
        assertNotNull(tanThinh.client.records().caseSummary(caseId), "so does the officer's");
        assertEquals("Phường Tân Thịnh", person.client.api().myCase().adminUnitName);

        String transfer = Json.string(
                tanThinh.client
                        .api()
                        .client()
                        .post(
                                "/api/v1/cases/" + caseId + "/transfers",
                                body("toUnitId", to, "moveDate", today(), "reason", "Chuyển về ở cùng gia đình (e2e)")),
                "id");
        phuXa.client.api().client().post("/api/v1/transfers/" + transfer + "/answers", body("state", "ACCEPTED"));

        SyncResult mentorSync = mentor.client.syncNow(true);
        assertTrue(mentorSync.removedCaseIds.contains(caseId), mentorSync.removedCaseIds.toString());
        assertNull(mentor.client.records().caseSummary(caseId), "the old mentor's phone no longer holds it");
        tanThinh.client.syncNow(true);
        assertNull(tanThinh.client.records().caseSummary(caseId), "nor the old commune's officer's");
        phuXa.client.syncNow(true);
        assertNotNull(phuXa.client.records().caseSummary(caseId), "the new commune's officer has it");

        CaseDetail now = person.client.api().myCase();
        assertEquals("Phường Phú Xá", now.adminUnitName);
        List<String> officers = new ArrayList<>();
        for (MentorContact o : now.officers) {
            officers.add(o.displayName);
        }
        assertTrue(officers.contains(phuXa.client.auth().current().account.displayName), officers.toString());
    }
}
