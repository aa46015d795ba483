package vn.donghanh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/** A person asks for a correction of their case; the commune officer in scope accepts or declines it. */
class CorrectionApiTest extends IntegrationTest {
    private static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    private static ApiResponse ask(String token, String field, String value, String reason) {
        return api.post(
                token,
                "/api/v1/me/correction-requests",
                Map.of("field", field, "proposedValue", value, "reason", reason));
    }

    private static ApiResponse decide(String officer, String id, Map<String, Object> body) {
        return api.post(w.token(officer), "/api/v1/correction-requests/" + id + "/decision", body);
    }

    private static boolean listed(JsonNode list, String id) {
        for (JsonNode c : list) if (c.get("id").asText().equals(id)) return true;
        return false;
    }

    private static List<String> audited(String caseId, String action) {
        return Sql.query(
                "SELECT COALESCE(detail, '') FROM audit_event WHERE case_id = ? AND action = ? ORDER BY seq",
                rs -> rs.getString(1),
                caseId,
                action);
    }

    @Test
    void anAcceptedCorrectionChangesTheCaseAndTheVietnameseRoundTrips() {
        World.Person p = w.activatedPerson("Nguyen Van Sua", "mentorA1");
        String name = "Nguyễn Văn Sửa — Đặng Thị Ỷ Lan";
        ApiResponse asked = ask(p.token(), "FULL_NAME", name, "Tên trong giấy khai sinh có dấu đầy đủ");
        assertEquals(201, asked.status(), asked::toString);
        String id = asked.json().get("id").asText();
        assertEquals(name, asked.json().get("proposedValue").asText());
        assertEquals("Nguyen Van Sua", asked.json().get("currentValue").asText());
        assertEquals("OPEN", asked.json().get("status").asText());
        assertEquals(List.of("FULL_NAME"), audited(p.caseId(), "CORRECTION_REQUEST"));
        // Kept encrypted, like the case's phone and national ID.
        byte[] stored = Sql.query("SELECT proposed_enc FROM correction_request WHERE id = ?", rs -> rs.getBytes(1), id)
                .get(0);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Sua"));

        ApiResponse again = ask(p.token(), "FULL_NAME", "Nguyễn Văn Khác", "lần nữa");
        assertEquals(409, again.status(), again::toString);

        // Out of scope: another commune's officer, a mentor, another person.
        assertFalse(listed(
                api.get(w.token("officerOther"), "/api/v1/correction-requests").json(), id));
        assertEquals(404, decide("officerOther", id, Map.of("accept", true)).status());
        assertEquals(
                404,
                api.get(w.token("officerOther"), "/api/v1/cases/" + p.caseId() + "/correction-requests")
                        .status());
        assertEquals(
                403, api.get(w.token("mentorA1"), "/api/v1/correction-requests").status());
        assertEquals(403, decide("mentorA1", id, Map.of("accept", true)).status());
        World.Person other = w.activatedPerson("Người Khác Sửa", null);
        assertFalse(
                listed(api.get(other.token(), "/api/v1/me/correction-requests").json(), id));
        assertEquals(403, api.get(p.token(), "/api/v1/correction-requests").status());

        ApiResponse open = api.get(w.token("officerA"), "/api/v1/correction-requests");
        assertEquals(200, open.status(), open::toString);
        assertTrue(listed(open.json(), id));
        assertTrue(audited(p.caseId(), "CORRECTIONS_READ").size() >= 1);

        ApiResponse accepted = decide("officerA", id, Map.of("accept", true));
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().get("status").asText());
        assertEquals("Trần Văn Công", accepted.json().get("decidedByName").asText());
        assertEquals(
                name,
                api.get(p.token(), "/api/v1/me/case").json().get("fullName").asText());
        assertEquals(List.of("FULL_NAME accepted"), audited(p.caseId(), "CORRECTION_DECIDE"));
        assertEquals(1, audited(p.caseId(), "CASE_UPDATE").size());

        assertEquals(
                409,
                decide("officerA", id, Map.of("accept", false, "reason", "muộn"))
                        .status());
        JsonNode mine = api.get(p.token(), "/api/v1/me/correction-requests").json();
        assertEquals("ACCEPTED", mine.get(0).get("status").asText());
        assertFalse(listed(
                api.get(w.token("officerA"), "/api/v1/correction-requests").json(), id));
    }

    @Test
    void aDeclineNeedsAReasonThePersonReads() {
        World.Person p = w.activatedPerson("Hà Thị Từ Chối", null);
        String id = ask(p.token(), "ADDRESS", "Tổ 7, ngõ 3, phố Lương Ngọc Quyến", "Tôi đã chuyển nhà trong xã")
                .json()
                .get("id")
                .asText();
        ApiResponse noReason = decide("officerA", id, Map.of("accept", false));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(List.of("reason"), noReason.problemFields());
        ApiResponse noReasonVi = api.send(
                "POST",
                w.token("officerA"),
                "/api/v1/correction-requests/" + id + "/decision",
                "{\"accept\":false,\"reason\":\"  \"}",
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(400, noReasonVi.status(), noReasonVi::toString);
        assertEquals(
                "cần ghi lý do khi không chấp nhận đề nghị sửa thông tin",
                noReasonVi.json().get("errors").get(0).get("message").asText());

        String why = "Chưa có xác nhận tạm trú của công an xã; mời anh/chị mang giấy đến trụ sở";
        ApiResponse declined = decide("officerA", id, Map.of("accept", false, "reason", why));
        assertEquals(200, declined.status(), declined::toString);
        JsonNode mine =
                api.get(p.token(), "/api/v1/me/correction-requests").json().get(0);
        assertEquals("DECLINED", mine.get("status").asText());
        assertEquals(why, mine.get("declineReason").asText());
        assertEquals(
                "Tổ 5, số nhà 12",
                api.get(p.token(), "/api/v1/me/case").json().get("address").asText());
        assertEquals(List.of("ADDRESS declined"), audited(p.caseId(), "CORRECTION_DECIDE"));
        assertEquals(0, audited(p.caseId(), "CASE_UPDATE").size());
    }

    @Test
    void badValuesAreRefusedInThePersonsLanguage() {
        World.Person vi = w.activatedPerson("Lê Văn Sai Ngày", null);
        ApiResponse date = ask(vi.token(), "DATE_OF_BIRTH", "17/05/1990", "Sai ngày sinh");
        assertEquals(400, date.status(), date::toString);
        assertEquals(List.of("proposedValue"), date.problemFields());
        assertEquals(
                "phải là một ngày dạng YYYY-MM-DD",
                date.json().get("errors").get(0).get("message").asText());

        World.Person en = w.activatedPerson("Lê Văn English Sai", null, "en");
        ApiResponse phone = ask(en.token(), "PHONE", "12345", "new phone");
        assertEquals(400, phone.status(), phone::toString);
        assertEquals(
                "is not a Vietnamese phone number",
                phone.json().get("errors").get(0).get("message").asText());
        ApiResponse language = ask(en.token(), "PREFERRED_LANGUAGE", "fr", "French");
        assertEquals(
                "must be vi or en",
                language.json().get("errors").get(0).get("message").asText());
        ApiResponse future = ask(en.token(), "DATE_OF_BIRTH", "2999-01-01", "typo");
        assertEquals(
                "cannot be in the future",
                future.json().get("errors").get(0).get("message").asText());
        ApiResponse same = ask(en.token(), "DATE_OF_BIRTH", "1990-05-17", "same");
        assertEquals(
                "is the value the case holds already",
                same.json().get("errors").get(0).get("message").asText());
        ApiResponse blank = ask(en.token(), "FULL_NAME", " ", "blank");
        assertEquals(400, blank.status(), blank::toString);
        ApiResponse unknown = api.post(
                en.token(),
                "/api/v1/me/correction-requests",
                Map.of("field", "STATUS", "proposedValue", "COMPLETED", "reason", "done"));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(
                0,
                Sql.query(
                                "SELECT id FROM correction_request WHERE case_id IN (?, ?)",
                                rs -> rs.getString(1),
                                vi.caseId(),
                                en.caseId())
                        .size());
        assertEquals(403, ask(w.token("officerA"), "FULL_NAME", "X", "y").status());
    }

    @Test
    void anAcceptedPhoneCorrectionIsValidatedAsAnEdit() {
        World.Person p = w.activatedPerson("Phan Văn Số Mới", null);
        World.Person holder = w.activatedPerson("Người Giữ Số", null);
        // The proposed number is another person's login: accepting fails as the case's edit does, nothing changes.
        String id = ask(p.token(), "PHONE", holder.phone(), "Số mới của tôi")
                .json()
                .get("id")
                .asText();
        ApiResponse clash = decide("officerA", id, Map.of("accept", true));
        assertEquals(409, clash.status(), clash::toString);
        assertEquals(
                "OPEN",
                api.get(p.token(), "/api/v1/me/correction-requests")
                        .json()
                        .get(0)
                        .get("status")
                        .asText());
        assertEquals(
                p.phone(),
                api.get(p.token(), "/api/v1/me/case").json().get("phone").asText());
        assertEquals(0, audited(p.caseId(), "CORRECTION_DECIDE").size());
    }
}
