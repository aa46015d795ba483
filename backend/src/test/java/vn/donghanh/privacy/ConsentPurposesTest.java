package vn.donghanh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/** The consent purposes of issue 17: each can be given and withdrawn; a withdrawn SMS consent means no SMS. */
class ConsentPurposesTest extends IntegrationTest {
    private static final List<String> PURPOSES = List.of(
            "LOCATION_ON_CHECKIN",
            "SHARE_WITH_REFERRAL_PROVIDER",
            "SMS_REMINDERS",
            "PEER_CLUB_CONTACT",
            "ANONYMISED_STATISTICS");
    private static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @Test
    void eachPurposeIsDecidedSeparately() {
        World.Person p = w.activatedPerson("Mai Thị Đồng Ý", null);
        for (int i = 0; i < PURPOSES.size(); i++) {
            ApiResponse r = api.put(p.token(), "/api/v1/me/consents/" + PURPOSES.get(i), Map.of("granted", i % 2 == 0));
            assertEquals(200, r.status(), r::toString);
        }
        JsonNode mine = api.get(p.token(), "/api/v1/me/consents").json();
        assertEquals(PURPOSES.size(), mine.size());
        for (int i = 0; i < PURPOSES.size(); i++) {
            assertEquals(PURPOSES.get(i), mine.get(i).get("purpose").asText());
            assertEquals(i % 2 == 0, mine.get(i).get("granted").asBoolean());
        }
        assertEquals(
                403,
                api.put(w.token("officerA"), "/api/v1/me/consents/SMS_REMINDERS", Map.of("granted", true))
                        .status());
    }

    private static ApiResponse channel(String caseId, String channel) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        return api.put(w.token("officerA"), "/api/v1/cases/" + caseId + "/reminder-settings", body);
    }

    @Test
    void aWithdrawnSmsConsentMeansNoSms() {
        World.Person p = w.activatedPerson("Đinh Văn Tin Nhắn", null);
        ApiResponse sms = channel(p.caseId(), "SMS");
        assertEquals(200, sms.status(), sms::toString);

        assertEquals(
                200,
                api.put(p.token(), "/api/v1/me/consents/SMS_REMINDERS", Map.of("granted", false))
                        .status());
        JsonNode settings = api.get(w.token("officerA"), "/api/v1/cases/" + p.caseId() + "/reminder-settings")
                .json();
        assertEquals("APP", settings.get("channel").asText());

        ApiResponse refused = channel(p.caseId(), "SMS");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(List.of("channel"), refused.problemFields());
        ApiResponse refusedVi = api.send(
                "PUT",
                w.token("officerA"),
                "/api/v1/cases/" + p.caseId() + "/reminder-settings",
                "{\"channel\":\"SMS\"}",
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(
                "người được quản lý đã rút lại đồng ý nhận nhắc lịch bằng SMS",
                refusedVi.json().get("detail").asText());

        assertEquals(
                200,
                api.put(p.token(), "/api/v1/me/consents/SMS_REMINDERS", Map.of("granted", true))
                        .status());
        assertEquals(200, channel(p.caseId(), "SMS").status());
    }
}
