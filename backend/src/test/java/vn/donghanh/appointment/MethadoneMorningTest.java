package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.account.AccountService;
import vn.donghanh.delivery.FirebasePushSender;
import vn.donghanh.delivery.OutboxDispatcher;
import vn.donghanh.delivery.sms.SmsSender;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.FcmStandIn;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The "done when": an officer creates a daily methadone dose at 07:30; the person's phone
 * token receives the reminder through the real Firebase Admin SDK at 07:00 local time, discreetly.
 */
class MethadoneMorningTest extends IntegrationTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static FcmStandIn fcm;
    static OutboxDispatcher dispatcher;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void setUp() {
        fcm = new FcmStandIn();
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(GoogleCredentials.create(
                        new AccessToken("stand-in", new Date(System.currentTimeMillis() + 3_600_000))))
                .setProjectId("donghanh-test")
                .setHttpTransport(fcm.transport())
                .build();
        dispatcher = new OutboxDispatcher(
                bean(JdbcOperations.class),
                bean(TransactionOperations.class),
                new FirebasePushSender(FirebaseApp.initializeApp(options, "methadone-" + UUID.randomUUID())),
                bean(SmsSender.class),
                bean(AccountService.class),
                CLOCK,
                3,
                Duration.ofSeconds(10),
                500,
                Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        fcm.close();
    }

    private static void at(int day, int hour, int minute) {
        CLOCK.set(LocalDateTime.of(2026, 11, day, hour, minute).atZone(VN).toInstant());
    }

    private static void deliver() {
        while (dispatcher.runOnce() > 0) {
            // drain
        }
    }

    @Test
    void theDoseIsPushedToThePhoneAtSevenDiscreetlyAndOnce() {
        at(20, 6, 0);
        World w = World.create(api);
        String clinic = w.org("Cơ sở điều trị Methadone Đồng Hỷ", "METHADONE_CLINIC", w.communeA);
        World.Person person = w.activatedPerson("Liều Sáng Sớm", null);
        String device = "tok-morning-" + UUID.randomUUID();
        assertEquals(
                204,
                api.post(person.token(), "/api/v1/me/devices", Map.of("token", device, "platform", "ANDROID"))
                        .status());
        ApiResponse created = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + person.caseId() + "/appointments",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "METHADONE_DOSE",
                        "placeId",
                        clinic,
                        "startsAt",
                        "2026-11-20T07:30:00",
                        "durationMinutes",
                        15,
                        "rrule",
                        "FREQ=DAILY"));
        assertEquals(201, created.status(), created::toString);

        ReminderService reminders = bean(ReminderService.class);
        at(20, 6, 59);
        reminders.runOnce();
        deliver();
        assertEquals(List.of(), fcm.requestsFor(device), "06:59: not yet");

        at(20, 7, 0);
        reminders.runOnce();
        deliver();
        List<JsonNode> sent = fcm.requestsFor(device);
        assertEquals(1, sent.size());
        JsonNode m = sent.get(0).get("message");
        assertEquals(
                "Bạn có lịch hẹn lúc 07:30 ngày 20/11 tại cơ sở y tế.",
                m.get("notification").get("body").asText());
        assertFalse(
                sent.get(0).toString().toLowerCase().contains("methadone"),
                "nothing about treatment on the lock screen");
        assertEquals("APPOINTMENT_REMINDER", m.get("data").get("kind").asText());
        assertEquals("normal", m.get("android").get("priority").asText());
        assertEquals(
                m.get("data").get("notificationId").asText(),
                m.get("android").get("notification").get("tag").asText(),
                "a redelivered reminder replaces the one shown");

        at(20, 7, 5);
        reminders.runOnce();
        deliver();
        assertEquals(1, fcm.requestsFor(device).size(), "once per dose");
        at(21, 7, 0);
        reminders.runOnce();
        deliver();
        assertEquals(2, fcm.requestsFor(device).size(), "and again the next morning");
        JsonNode list = api.get(w.token("officerA"), "/api/v1/cases/" + person.caseId() + "/reminders")
                .json()
                .get("items");
        assertEquals("SENT", list.get(0).get("deliveryStatus").asText());
        assertEquals("PUSH", list.get(0).get("channel").asText());
        Instant due = Instant.parse(list.get(0).get("dueAt").asText());
        assertEquals(LocalDateTime.of(2026, 11, 21, 7, 0).atZone(VN).toInstant(), due);
    }
}
