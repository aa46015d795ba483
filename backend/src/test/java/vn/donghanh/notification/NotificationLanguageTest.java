package vn.donghanh.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/** A person reads their notifications in their case's language; staff read Vietnamese. */
class NotificationLanguageTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
    }

    private static void write(String token, String caseId, String to) {
        ApiResponse r = api.post(
                token,
                "/api/v1/cases/" + caseId + "/messages",
                Map.of("id", UUID.randomUUID().toString(), "recipientId", to, "body", "Chào"));
        assertEquals(201, r.status(), r::toString);
    }

    private static JsonNode latest(String token) {
        JsonNode items = api.get(token, "/api/v1/inbox?unread=true").json().get("items");
        for (JsonNode n : items) {
            if ("MESSAGE_RECEIVED".equals(n.get("kind").asText())) {
                return n;
            }
        }
        throw new AssertionError("no message notification in " + items);
    }

    @Test
    void aPersonWhoseCaseSpeaksEnglishGetsEnglishAndAVietnameseOneVietnamese() {
        World.Person english = w.activatedPerson("Người Đọc Tiếng Anh", "mentorA1", "en");
        World.Person vietnamese = w.activatedPerson("Người Đọc Tiếng Việt", "mentorA1", "vi");
        write(w.token("mentorA1"), english.caseId(), english.accountId());
        write(w.token("mentorA1"), vietnamese.caseId(), vietnamese.accountId());

        JsonNode inEnglish = latest(english.token());
        assertEquals("Đồng Hành", inEnglish.get("title").asText());
        assertEquals("You have a new message.", inEnglish.get("body").asText());
        JsonNode inVietnamese = latest(vietnamese.token());
        assertEquals("Đồng Hành", inVietnamese.get("title").asText());
        assertEquals("Bạn có tin nhắn mới.", inVietnamese.get("body").asText());

        // The mentor is staff: no language setting, so Vietnamese even from an English-speaking case.
        write(english.token(), english.caseId(), w.id("mentorA1"));
        assertEquals(
                "Bạn có tin nhắn mới.", latest(w.token("mentorA1")).get("body").asText());
    }
}
