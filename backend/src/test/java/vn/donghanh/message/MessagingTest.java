package vn.donghanh.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/** Messages between exactly the allowed pairs, with read state and inbox notifications. */
class MessagingTest extends IntegrationTest {
    static World w;
    static String caseId;
    static String personToken;
    static String personId;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        World.Person person = w.activatedPerson("Nhắn Tin Thử", "mentorA1");
        caseId = person.caseId();
        personToken = person.token();
        personId = person.accountId();
    }

    private ApiResponse send(String token, String to, String text) {
        return api.post(
                token,
                "/api/v1/cases/" + caseId + "/messages",
                Map.of("id", UUID.randomUUID().toString(), "recipientId", to, "body", text));
    }

    @Test
    void thePersonAndTheMentorTalkAndTheMentorAndTheOfficer() {
        ApiResponse hello = send(personToken, w.id("mentorA1"), "Anh ơi, mai em đi phỏng vấn việc làm");
        assertEquals(201, hello.status(), hello::toString);
        String fromMenteeList = api.get(w.token("mentorA1"), "/api/v1/mentees")
                .json()
                .get(0)
                .get("personAccountId")
                .asText();
        assertEquals(personId, fromMenteeList, "the mentor learns whom to write to from the mentee list");
        assertEquals(
                201,
                send(w.token("mentorA1"), fromMenteeList, "Cố lên em, anh gọi sau nhé")
                        .status());
        assertEquals(
                201,
                send(w.token("mentorA1"), w.id("officerA"), "Báo cáo: bạn ấy sắp có việc")
                        .status());
        assertEquals(
                201, send(w.token("officerA"), w.id("mentorA1"), "Cảm ơn anh").status());

        JsonNode thread = api.get(personToken, "/api/v1/cases/" + caseId + "/messages?with=" + w.id("mentorA1"))
                .json()
                .get("items");
        assertEquals(2, thread.size());
        assertEquals(
                "Anh ơi, mai em đi phỏng vấn việc làm",
                thread.get(0).get("body").asText());
        assertEquals(
                0,
                api.get(personToken, "/api/v1/cases/" + caseId + "/messages?with=" + w.id("officerA"))
                        .json()
                        .get("items")
                        .size(),
                "the person does not see the mentor's talk with the officer");

        String id = hello.json().get("id").asText();
        assertEquals(
                404,
                api.post(personToken, "/api/v1/messages/" + id + "/read", null).status(),
                "only the recipient marks read");
        ApiResponse read = api.post(w.token("mentorA1"), "/api/v1/messages/" + id + "/read", null);
        assertEquals(200, read.status());
        assertTrue(read.json().has("readAt"));

        JsonNode inbox =
                api.get(w.token("mentorA1"), "/api/v1/inbox?unread=true").json().get("items");
        assertTrue(inbox.size() >= 2);
        String notification = inbox.get(0).get("id").asText();
        assertEquals(
                204,
                api.post(w.token("mentorA1"), "/api/v1/inbox/" + notification + "/read", null)
                        .status());
        assertEquals(
                404,
                api.post(personToken, "/api/v1/inbox/" + notification + "/read", null)
                        .status(),
                "not your notification");
        assertEquals(
                inbox.size() - 1,
                api.get(w.token("mentorA1"), "/api/v1/inbox?unread=true")
                        .json()
                        .get("items")
                        .size());
    }

    @Test
    void theMentorCanWriteToTheOfficersTheCaseLists() {
        JsonNode officers =
                api.get(w.token("mentorA1"), "/api/v1/cases/" + caseId).json().get("officers");
        assertEquals(1, officers.size(), officers::toString);
        assertEquals(w.id("officerA"), officers.get(0).get("id").asText());
        for (JsonNode officer : officers) {
            ApiResponse sent = send(w.token("mentorA1"), officer.get("id").asText(), "Xin ý kiến anh về bạn ấy");
            assertEquals(201, sent.status(), sent::toString);
        }
    }

    @Test
    void nobodyOutsideThePairsCanWrite() {
        ApiResponse toOfficer = send(personToken, w.id("officerA"), "Xin chào cán bộ");
        assertEquals(400, toOfficer.status());
        assertEquals(List.of("recipientId"), toOfficer.problemFields());
        assertEquals(
                400,
                send(w.token("officerA"), personId, "Officers talk to the mentor, not directly here")
                        .status());
        assertEquals(
                400,
                send(w.token("mentorA1"), w.id("officerOther"), "another province")
                        .status());
        assertEquals(404, send(w.token("mentorA2"), personId, "not my mentee").status());
        assertEquals(403, send(w.token("supervisor"), w.id("mentorA1"), "x").status());
    }
}
