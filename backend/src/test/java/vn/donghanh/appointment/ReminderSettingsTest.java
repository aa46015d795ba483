package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.account.AccountService;
import vn.donghanh.delivery.OutboxDispatcher;
import vn.donghanh.delivery.PushSender;
import vn.donghanh.delivery.sms.SmppSmsSender;
import vn.donghanh.delivery.sms.SmsProperties;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.SmscStandIn;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * A person's own reminder settings, and the feature-phone person who never installs the app:
 * their methadone reminder goes by SMS through the real SMPP client to a local SMSC.
 */
class ReminderSettingsTest extends IntegrationTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant NOW = LocalDateTime.of(2026, 11, 20, 6, 55).atZone(VN).toInstant();
    static World w;
    static String clinic;
    static String station;
    static SmscStandIn smsc;
    static SmppSmsSender sms;
    static OutboxDispatcher dispatcher;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void world() {
        w = World.create(api);
        clinic = w.org("Cơ sở điều trị Methadone Đồng Hỷ", "METHADONE_CLINIC", w.communeA);
        station = w.org("Trạm Y tế xã Đồng Hỷ", "HEALTH_STATION", w.communeA);
        smsc = new SmscStandIn().start();
        SmsProperties config = new SmsProperties();
        config.setHost("127.0.0.1");
        config.setPort(smsc.port());
        config.setSystemId(SmscStandIn.SYSTEM_ID);
        config.setPassword(SmscStandIn.PASSWORD);
        config.setSourceAddress("DongHanh");
        config.setSourceTon(5);
        sms = new SmppSmsSender(config);
        dispatcher = new OutboxDispatcher(
                bean(JdbcOperations.class),
                bean(TransactionOperations.class),
                bean(PushSender.class),
                sms,
                bean(AccountService.class),
                CLOCK,
                3,
                Duration.ofSeconds(10),
                500,
                Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        sms.close();
        smsc.close();
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    private static void at(int hour, int minute) {
        CLOCK.set(LocalDateTime.of(2026, 11, 20, hour, minute).atZone(VN).toInstant());
    }

    private void appointment(String caseId, String type, String place, String startsAt, String rrule) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "id",
                UUID.randomUUID().toString(),
                "type",
                type,
                "placeId",
                place,
                "startsAt",
                startsAt,
                "durationMinutes",
                30));
        if (rrule != null) {
            body.put("rrule", rrule);
        }
        ApiResponse r = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/appointments", body);
        assertEquals(201, r.status(), r::toString);
    }

    private static ApiResponse put(String token, String caseId, Map<String, Object> body) {
        return api.put(token, "/api/v1/cases/" + caseId + "/reminder-settings", body);
    }

    private static Map<String, Object> settings(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static JsonNode reminders(String caseId) {
        return api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/reminders")
                .json()
                .get("items");
    }

    private static void deliver() {
        while (dispatcher.runOnce() > 0) {
            // drain
        }
    }

    @Test
    void aFeaturePhonePersonGetsTheMethadoneReminderBySmsOnceAndTheOfficerSeesItDelivered() {
        Map<String, Object> body = World.caseBody(w.communeA, "Điện Thoại Cục Gạch");
        body.put("phone", "0912" + String.format("%06d", Math.floorMod(w.tag.hashCode(), 1_000_000)));
        String caseId = w.registerCase("officerA", body).get("id").asText();
        String phone = (String) body.get("phone");

        ApiResponse set = put(w.token("officerA"), caseId, settings("channel", "SMS"));
        assertEquals(200, set.status(), set::toString);
        assertEquals("SMS", set.json().get("channel").asText());
        assertTrue(set.json().get("custom").asBoolean());
        assertEquals(
                1,
                Sql.query(
                                "SELECT COUNT(*) FROM account WHERE case_id = ? AND password_hash IS NULL",
                                rs -> rs.getInt(1),
                                caseId)
                        .get(0),
                "an account to address reminders to, with no login");

        appointment(caseId, "METHADONE_DOSE", clinic, "2026-11-20T07:30:00", "FREQ=DAILY");
        at(7, 0);
        bean(ReminderService.class).runOnce();
        JsonNode pending = reminders(caseId);
        assertEquals(1, pending.size(), "a person without the app is reminded too");
        assertEquals("SMS", pending.get(0).get("channel").asText());
        assertEquals("PENDING", pending.get(0).get("deliveryStatus").asText());

        deliver();
        List<SmscStandIn.Submit> mine = smsc.received().stream()
                .filter(s -> s.destination().equals("84" + phone.substring(1)))
                .toList();
        assertEquals(1, mine.size(), "one SMS to the person's number in international form");
        assertEquals(
                "Bạn có lịch hẹn lúc 07:30 ngày 20/11 tại cơ sở y tế.",
                mine.get(0).text(),
                "discreet, exact Vietnamese");
        assertEquals(8, mine.get(0).dataCoding(), "UCS-2 for Vietnamese");
        JsonNode delivered = reminders(caseId).get(0);
        assertEquals("SENT", delivered.get("deliveryStatus").asText());
        assertEquals("SMS", delivered.get("channel").asText());

        bean(ReminderService.class).runOnce();
        deliver();
        assertEquals(
                1,
                smsc.received().stream()
                        .filter(s -> s.destination().equals("84" + phone.substring(1)))
                        .count(),
                "fired and sent once");
    }

    @Test
    void aThrottledSmscIsRetriedLater() {
        Map<String, Object> body = World.caseBody(w.communeA, "Tin Nhắn Chờ");
        body.put("phone", "0913" + String.format("%06d", Math.floorMod((w.tag + "x").hashCode(), 1_000_000)));
        String caseId = w.registerCase("officerA", body).get("id").asText();
        assertEquals(
                200,
                put(w.token("officerA"), caseId, settings("channel", "SMS")).status());
        appointment(caseId, "COUNSELLING", station, "2026-11-20T08:00:00", null);
        bean(ReminderService.class).runOnce();
        smsc.failNext(0x58, 1); // ESME_RTHROTTLED
        deliver();
        JsonNode first = reminders(caseId);
        assertFalse(first.isEmpty());
        assertEquals("PENDING", first.get(0).get("deliveryStatus").asText());
        CLOCK.advance(Duration.ofMinutes(5));
        deliver();
        assertEquals("SENT", reminders(caseId).get(0).get("deliveryStatus").asText());
    }

    @Test
    void aPersonsOwnOffsetsAndQuietHoursReplaceTheDefaults() {
        World.Person person = w.activatedPerson("Giờ Riêng Của Tôi", null);
        JsonNode defaults = api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/reminder-settings")
                .json();
        assertFalse(defaults.get("custom").asBoolean());
        assertEquals("APP", defaults.get("channel").asText());
        assertEquals("21:00", defaults.get("quietFrom").asText());
        assertFalse(defaults.has("offsets"), "the per-type defaults apply");

        ApiResponse mine = put(
                person.token(),
                person.caseId(),
                settings("channel", "APP", "offsets", List.of("PT3H"), "quietFrom", "22:00", "quietUntil", "07:30"));
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(List.of("PT3H"), List.of(mine.json().get("offsets").get(0).asText()));

        // Counselling at 10:00: 3 h before is 07:00, inside the person's quiet hours until 07:30.
        // Under the defaults the day-before reminder would already be due now.
        appointment(person.caseId(), "COUNSELLING", station, "2026-11-20T10:00:00", null);
        bean(ReminderService.class).runOnce();
        at(7, 0);
        bean(ReminderService.class).runOnce();
        assertEquals(0, reminders(person.caseId()).size(), "nothing before the person's quiet hours end");
        at(7, 30);
        bean(ReminderService.class).runOnce();
        JsonNode fired = reminders(person.caseId());
        assertEquals(1, fired.size());
        assertEquals("PT3H", fired.get(0).get("offsetBefore").asText());
        assertEquals("2026-11-20T00:30:00Z", fired.get(0).get("dueAt").asText());
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndScopeHolds() {
        World.Person person = w.activatedPerson("Cài Đặt Sai", "mentorA1");
        String path = person.caseId();
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {settings("channel", "APP", "offsets", List.of("PT1M")), "offsets[0]"});
        cases.add(new Object[] {settings("channel", "APP", "offsets", List.of("P2D")), "offsets[0]"});
        cases.add(new Object[] {settings("channel", "APP", "offsets", List.of("PT1H", "PT1H")), "offsets[1]"});
        cases.add(new Object[] {settings("channel", "APP", "offsets", List.of("một giờ")), "offsets[0]"});
        cases.add(new Object[] {settings("channel", "APP", "offsets", List.of()), "offsets"});
        cases.add(new Object[] {settings("channel", "APP", "quietFrom", "22:00"), "quietUntil"});
        cases.add(new Object[] {settings("channel", "APP", "quietFrom", "25:00", "quietUntil", "06:00"), "quietFrom"});
        cases.add(new Object[] {settings("channel", "FAX"), "channel"});
        cases.add(new Object[] {settings("offsets", List.of("PT1H")), "channel"});
        for (Object[] c : cases) {
            ApiResponse r = put(person.token(), path, (Map<String, Object>) c[0]);
            assertEquals(400, r.status(), () -> c[0] + " -> " + r);
            assertEquals(List.of(c[1]), r.problemFields(), () -> c[0] + " -> " + r);
        }
        assertFalse(
                api.get(person.token(), "/api/v1/cases/" + path + "/reminder-settings")
                        .json()
                        .get("custom")
                        .asBoolean(),
                "nothing half-written");

        String noPhone =
                w.registerCase("officerA", w.communeA, "Không Có Số").get("id").asText();
        ApiResponse sms = put(w.token("officerA"), noPhone, settings("channel", "SMS"));
        assertEquals(422, sms.status(), sms::toString);
        assertEquals(List.of("channel"), sms.problemFields());

        assertEquals(
                200,
                put(w.token("mentorA1"), path, settings("channel", "APP", "offsets", List.of("PT2H")))
                        .status());
        assertEquals(
                404, put(w.token("mentorA2"), path, settings("channel", "APP")).status(), "not their mentee");
        assertEquals(
                404,
                put(w.token("officerOther"), path, settings("channel", "APP")).status());
        assertEquals(
                403,
                put(w.token("supervisor"), path, settings("channel", "APP")).status());
        assertTrue(
                Sql.query(
                                        "SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND target = 'reminder-settings'",
                                        rs -> rs.getInt(1),
                                        path)
                                .get(0)
                        >= 1,
                "changes are audited");
    }
}
