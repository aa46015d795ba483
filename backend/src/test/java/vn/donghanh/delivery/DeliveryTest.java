package vn.donghanh.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.account.AccountService;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.FcmStandIn;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/** The outbox delivered through the real Firebase Admin SDK to a local FCM stand-in. */
class DeliveryTest extends IntegrationTest {
    static World w;
    static World.Person person;
    static FcmStandIn fcm;
    static OutboxDispatcher dispatcher;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void setUp() {
        w = World.create(api);
        person = w.activatedPerson("Nhận Thông Báo", "mentorA1");
        fcm = new FcmStandIn();
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(GoogleCredentials.create(
                        new AccessToken("stand-in", new Date(System.currentTimeMillis() + 3_600_000))))
                .setProjectId("donghanh-test")
                .setHttpTransport(fcm.transport())
                .build();
        PushSender sender =
                new FirebasePushSender(FirebaseApp.initializeApp(options, "delivery-test-" + UUID.randomUUID()));
        dispatcher = new OutboxDispatcher(
                bean(JdbcOperations.class),
                bean(TransactionOperations.class),
                sender,
                bean(vn.donghanh.delivery.sms.SmsSender.class),
                bean(AccountService.class),
                CLOCK,
                3,
                Duration.ofSeconds(10),
                500,
                Duration.ofMinutes(2));
    }

    /** Each test starts with no phones registered, so the devices it registers are the only ones. */
    @org.junit.jupiter.api.BeforeEach
    void noDevices() {
        Sql.update("DELETE FROM device_token WHERE account_id IN (?, ?)", person.accountId(), w.id("mentorA1"));
    }

    @AfterAll
    static void stop() {
        fcm.close();
    }

    private static void register(String token, String device) {
        ApiResponse r = api.post(token, "/api/v1/me/devices", Map.of("token", device, "platform", "ANDROID"));
        assertEquals(204, r.status(), r::toString);
    }

    private static String[] outboxOf(String notificationSubject) {
        return Sql.query(
                        "SELECT o.status, o.channel, o.attempts, o.last_error FROM outbox o JOIN notification n ON n.id = o.notification_id "
                                + "WHERE n.subject_id = ?",
                        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
                        notificationSubject)
                .get(0);
    }

    private static String message(String fromToken, String to, String text) {
        ApiResponse r = api.post(
                fromToken,
                "/api/v1/cases/" + person.caseId() + "/messages",
                Map.of("id", UUID.randomUUID().toString(), "recipientId", to, "body", text));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    @Test
    void aMessageReachesThePersonsPhoneDiscreetlyThroughTheRealSdk() {
        String device = "tok-person-" + UUID.randomUUID();
        register(person.token(), device);
        String messageId = message(w.token("mentorA1"), person.accountId(), "Mai 8 giờ anh qua nhà nhé");
        while (dispatcher.runOnce() > 0) {
            // drain
        }
        List<JsonNode> sent = fcm.requestsFor(device);
        assertEquals(1, sent.size());
        JsonNode m = sent.get(0).get("message");
        assertEquals("Bạn có tin nhắn mới.", m.get("notification").get("body").asText());
        assertFalse(sent.get(0).toString().contains("Mai 8 giờ"), "the message text never travels in the push");
        assertEquals("normal", m.get("android").get("priority").asText());
        assertEquals("86400s", m.get("android").get("ttl").asText());
        assertEquals("MESSAGE_RECEIVED", m.get("data").get("kind").asText());
        assertEquals(person.caseId(), m.get("data").get("caseId").asText());
        String[] row = outboxOf(messageId);
        assertEquals("SENT", row[0]);
        assertEquals("PUSH", row[1]);
        dispatcher.runOnce();
        assertEquals(1, fcm.requestsFor(device).size(), "delivered once");
    }

    @Test
    void helpIsPushedWithHighPriority() {
        String device = "tok-mentor-" + UUID.randomUUID();
        register(w.token("mentorA1"), device);
        ApiResponse help = api.post(
                person.token(),
                "/api/v1/cases/" + person.caseId() + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CRISIS"));
        assertEquals(201, help.status());
        dispatcher.runOnce();
        JsonNode m = fcm.requestsFor(device).get(0).get("message");
        assertEquals("high", m.get("android").get("priority").asText());
        assertEquals("HELP_REQUESTED", m.get("data").get("kind").asText());
        api.post(w.token("mentorA1"), "/api/v1/me/devices/remove", Map.of("token", device));
    }

    @Test
    void anUnregisteredTokenIsDroppedAndTheInboxRemains() {
        String device = "tok-gone-" + UUID.randomUUID();
        register(person.token(), device);
        fcm.answer(device, "404");
        String messageId = message(w.token("mentorA1"), person.accountId(), "Alo");
        dispatcher.runOnce();
        assertEquals(1, fcm.requestsFor(device).size());
        assertEquals(
                0,
                Sql.query("SELECT COUNT(*) FROM device_token WHERE token = ?", rs -> rs.getInt(1), device)
                        .get(0));
        assertEquals("INBOX", outboxOf(messageId)[1]);
        assertTrue(api.get(person.token(), "/api/v1/inbox").text().contains(messageId), "still in the inbox");
    }

    @Test
    void quotaErrorsAreRetriedAfterRetryAfterAndGivenUpOnAfterTheLimit() {
        String device = "tok-busy-" + UUID.randomUUID();
        register(person.token(), device);
        fcm.answer(device, "429");
        String messageId = message(w.token("mentorA1"), person.accountId(), "Thử lại");
        dispatcher.runOnce();
        String[] first = outboxOf(messageId);
        assertEquals("PENDING", first[0]);
        assertEquals("1", first[2]);
        CLOCK.advance(Duration.ofSeconds(60));
        dispatcher.runOnce();
        assertEquals(1, fcm.requestsFor(device).size(), "Retry-After 120 s is honoured");
        CLOCK.advance(Duration.ofSeconds(61));
        fcm.answer(device, "200");
        dispatcher.runOnce();
        assertEquals(2, fcm.requestsFor(device).size());
        assertEquals("SENT", outboxOf(messageId)[0]);

        fcm.answer(device, "429");
        String stuck = message(w.token("mentorA1"), person.accountId(), "Không gửi được");
        for (int i = 0; i < 3; i++) {
            dispatcher.runOnce();
            CLOCK.advance(Duration.ofMinutes(10));
        }
        String[] failed = outboxOf(stuck);
        assertEquals("FAILED", failed[0]);
        assertTrue(failed[3].startsWith("gave up after 3 tries"), failed[3]);
        fcm.answer(device, "200");
    }

    @Test
    void withoutFirebaseCredentialsTheServiceDeliversToTheInboxOnly() {
        String device = "tok-nopush-" + UUID.randomUUID();
        register(person.token(), device);
        String messageId = message(w.token("mentorA1"), person.accountId(), "Chỉ trong hộp thư");
        int before = fcm.requests().size();
        bean(OutboxDispatcher.class).runOnce();
        assertEquals("INBOX", outboxOf(messageId)[1]);
        assertEquals(before, fcm.requests().size());
    }
}
