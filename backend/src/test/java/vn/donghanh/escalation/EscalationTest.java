package vn.donghanh.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/** The escalation ladder and the help timer, driven with the service's clock. */
class EscalationTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    private static void scan() {
        bean(EscalationJob.class).runOnce();
    }

    /** Kinds of the notifications in an account's inbox about a case, oldest first. */
    private static List<String> inbox(String token, String caseId) {
        ApiResponse r = api.get(token, "/api/v1/inbox?limit=200");
        assertEquals(200, r.status(), r::toString);
        List<String> kinds = new ArrayList<>();
        r.json().get("items").forEach(n -> {
            if (caseId.equals(n.path("caseId").asText())) {
                kinds.add(0, n.get("kind").asText());
            }
        });
        return kinds;
    }

    private String overdueCase(String name, String mentorKey) {
        String caseId = w.registerCase("officerA", w.communeA, name).get("id").asText();
        if (mentorKey != null) {
            assertEquals(
                    201,
                    api.post(
                                    w.token("officerA"),
                                    "/api/v1/cases/" + caseId + "/assignments",
                                    Map.of("mentorId", w.id(mentorKey), "startDate", "2026-11-01"))
                            .status());
        }
        // Daily from Wednesday 18 Nov: the 18th was due by midnight; overdue since 2026-11-18T17:00Z.
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + caseId + "/checkin-plans",
                                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=DAILY", "effectiveFrom", "2026-11-18"))
                        .status());
        return caseId;
    }

    @Test
    void anOverdueCheckInGoesToTheMentorThenAfter48HoursToTheOfficersOnce() {
        String caseId = overdueCase("Leo Thang Một", "mentorA1");
        scan();
        scan();
        assertEquals(List.of("CHECKIN_OVERDUE"), inbox(w.token("mentorA1"), caseId), "mentor told once");
        assertEquals(List.of(), inbox(w.token("officerA"), caseId));
        JsonNode note = api.get(w.token("mentorA1"), "/api/v1/inbox?unread=true")
                .json()
                .get("items")
                .get(0);
        assertFalse(note.get("body").asText().contains("Leo Thang"), "no name on a lock screen");
        assertEquals(
                1,
                Sql.query(
                                "SELECT COUNT(*) FROM outbox o JOIN notification n ON n.id = o.notification_id "
                                        + "WHERE n.case_id = ? AND o.status = 'PENDING'",
                                rs -> rs.getInt(1),
                                caseId)
                        .get(0),
                "queued for delivery once");
        assertEquals(
                1,
                Sql.query("SELECT COUNT(*) FROM overdue_alert WHERE case_id = ?", rs -> rs.getInt(1), caseId)
                        .get(0));

        CLOCK.advance(Duration.ofHours(47));
        scan();
        assertEquals(List.of(), inbox(w.token("officerA"), caseId), "47 hours: still the mentor's");
        CLOCK.advance(Duration.ofHours(2));
        scan();
        scan();
        assertEquals(List.of("CHECKIN_OVERDUE_ESCALATED"), inbox(w.token("officerA"), caseId));
        assertEquals(List.of(), inbox(w.token("officerB"), caseId), "only the officers of the case's commune");

        JsonNode alert = alertFor(w.token("officerA"), caseId);
        assertEquals("2026-11-18T17:00:00Z", alert.get("overdueSince").asText());
        assertNotNull(alert.get("officerNotifiedAt"));
    }

    private static JsonNode alertFor(String token, String caseId) {
        for (JsonNode a : Pages.all(api, token, "/api/v1/alerts")) {
            if (a.get("caseId").asText().equals(caseId)) {
                return a;
            }
        }
        throw new AssertionError("no open alert for " + caseId);
    }

    @Test
    void aContactByTheMentorIsTheFirstHumanActionAndStopsTheEscalation() {
        String caseId = overdueCase("Được Gọi Điện", "mentorA2");
        scan();
        CLOCK.advance(Duration.ofHours(5));
        ApiResponse contact = api.post(
                w.token("mentorA2"),
                "/api/v1/cases/" + caseId + "/contacts",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "PHONE_CALL",
                        "occurredAt",
                        "2026-11-20T14:55:00+07:00",
                        "summary",
                        "Gọi được, bạn ấy quên điểm danh",
                        "concerns",
                        List.of(),
                        "followUpNeeded",
                        false));
        assertEquals(201, contact.status(), contact::toString);
        JsonNode alert = alertFor(w.token("mentorA2"), caseId);
        assertEquals("CONTACT_LOGGED", alert.get("firstActionKind").asText());
        // Overdue since 18 Nov 17:00 UTC; contact logged at 20 Nov 08:00 UTC: 39 hours.
        assertEquals(39 * 60, alert.get("minutesToFirstAction").asInt());
        CLOCK.advance(Duration.ofHours(60));
        scan();
        assertEquals(List.of(), inbox(w.token("officerA"), caseId), "someone acted: no escalation");
    }

    @Test
    void theCommuneSummaryReportsTheTimeToTheFirstHumanAction() {
        World own = World.create(api);
        String caseId = own.registerCase("officerA", own.communeA, "Thời Gian Phản Hồi")
                .get("id")
                .asText();
        assertEquals(
                201,
                api.post(
                                own.token("officerA"),
                                "/api/v1/cases/" + caseId + "/assignments",
                                Map.of("mentorId", own.id("mentorA1"), "startDate", "2026-11-01"))
                        .status());
        assertEquals(
                201,
                api.post(
                                own.token("officerA"),
                                "/api/v1/cases/" + caseId + "/checkin-plans",
                                Map.of("kind", "SELF_CHECKIN", "rrule", "FREQ=DAILY", "effectiveFrom", "2026-11-18"))
                        .status());
        scan();
        CLOCK.advance(Duration.ofMinutes(90));
        assertEquals(
                201,
                api.post(
                                own.token("mentorA1"),
                                "/api/v1/cases/" + caseId + "/contacts",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "type",
                                        "HOME_VISIT",
                                        "occurredAt",
                                        "2026-11-20T11:20:00+07:00",
                                        "summary",
                                        "Đến nhà, bạn ấy bị ốm",
                                        "concerns",
                                        List.of("HEALTH", "SUSPECTED_RELAPSE"),
                                        "followUpNeeded",
                                        true))
                        .status());
        JsonNode commune = null;
        for (JsonNode c : api.get(own.token("officerA"), "/api/v1/reports/commune-summary")
                .json()
                .get("communes")) {
            if (c.get("adminUnitId").asText().equals(own.communeA)) {
                commune = c;
            }
        }
        assertEquals(1, commune.get("alertsThisMonth").asInt());
        // Overdue since 18 Nov 17:00 UTC; the contact came on 20 Nov at 04:30 UTC: 35 h 30 min.
        assertEquals(35 * 60 + 30, commune.get("medianMinutesToFirstAction").asInt());
        // A suspected relapse asks the officer for a decision; nothing changes by itself.
        assertEquals(List.of("RELAPSE_SUSPECTED"), inbox(own.token("officerA"), caseId));
        assertEquals(
                "ACTIVE",
                api.get(own.token("officerA"), "/api/v1/cases/" + caseId)
                        .json()
                        .get("status")
                        .asText());
    }

    @Test
    void anAcknowledgedAlertIsNotEscalatedAndACheckInResolvesIt() {
        String caseId = overdueCase("Đã Xác Nhận", "mentorA3");
        scan();
        JsonNode alert = alertFor(w.token("officerA"), caseId);
        assertEquals(
                404,
                api.post(
                                w.token("officerOther"),
                                "/api/v1/alerts/" + alert.get("id").asText() + "/acknowledge",
                                null)
                        .status());
        ApiResponse ack = api.post(
                w.token("mentorA3"), "/api/v1/alerts/" + alert.get("id").asText() + "/acknowledge", null);
        assertEquals(200, ack.status(), ack::toString);
        assertEquals("ACKNOWLEDGED", ack.json().get("firstActionKind").asText());
        CLOCK.advance(Duration.ofHours(49));
        scan();
        assertEquals(List.of(), inbox(w.token("officerA"), caseId));
        // A self check-in arrives (written directly: this case has no person login) and satisfies the occurrence.
        Sql.update(
                "INSERT INTO checkin (id, case_id, kind, occurred_at, received_at, recorded_by) VALUES (?, ?, 'SELF', ?, ?, ?)",
                UUID.randomUUID().toString(),
                caseId,
                java.sql.Timestamp.from(CLOCK.instant()),
                java.sql.Timestamp.from(CLOCK.instant()),
                w.id("officerA"));
        scan();
        assertTrue(
                Pages.all(api, w.token("officerA"), "/api/v1/alerts").stream()
                        .noneMatch(a -> a.get("caseId").asText().equals(caseId)),
                "a satisfied occurrence resolves the alert");
    }

    @Test
    void withoutAMentorTheOfficersAreToldAtOnce() {
        String caseId = overdueCase("Chưa Có Người Giúp", null);
        scan();
        assertEquals(List.of("CHECKIN_OVERDUE_ESCALATED"), inbox(w.token("officerA"), caseId));
    }

    @Test
    void helpGoesToTheMentorAtOnceAndToTheOfficersAfter15MinutesUnanswered() {
        String[] person = person("Cần Giúp Ngay", "mentorA1");
        String caseId = person[0];
        ApiResponse help = api.post(
                person[1],
                "/api/v1/cases/" + caseId + "/help-requests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "category",
                        "CRAVING",
                        "note",
                        "Đang thèm, sợ không giữ được"));
        assertEquals(201, help.status(), help::toString);
        assertEquals(List.of("HELP_REQUESTED"), inbox(w.token("mentorA1"), caseId));
        JsonNode n = api.get(w.token("mentorA1"), "/api/v1/inbox")
                .json()
                .get("items")
                .get(0);
        assertEquals("HIGH", n.get("priority").asText());

        CLOCK.advance(Duration.ofMinutes(14));
        scan();
        assertEquals(List.of(), inbox(w.token("officerA"), caseId));
        CLOCK.advance(Duration.ofMinutes(2));
        scan();
        scan();
        assertEquals(List.of("HELP_ESCALATED"), inbox(w.token("officerA"), caseId));

        String id = help.json().get("id").asText();
        ApiResponse ack = api.post(w.token("officerA"), "/api/v1/help-requests/" + id + "/acknowledge", null);
        assertEquals(200, ack.status(), ack::toString);
        ApiResponse resolved = api.post(
                w.token("mentorA1"),
                "/api/v1/help-requests/" + id + "/resolve",
                Map.of("note", "Đã gặp trực tiếp, đưa đi tư vấn"));
        assertEquals(200, resolved.status(), resolved::toString);
        assertEquals(
                "Đã gặp trực tiếp, đưa đi tư vấn",
                resolved.json().get("resolutionNote").asText());
        assertEquals(
                409,
                api.post(w.token("mentorA1"), "/api/v1/help-requests/" + id + "/resolve", Map.of("note", "again"))
                        .status());
        assertEquals(
                1,
                api.get(person[1], "/api/v1/cases/" + caseId + "/help-requests")
                        .json()
                        .get("items")
                        .size());
    }

    @Test
    void anAcknowledgedHelpRequestIsNotEscalatedAndTimersSurviveARestart() {
        String[] person = person("Khởi Động Lại", "mentorA2");
        String caseId = person[0];
        String quick = api.post(
                        person[1],
                        "/api/v1/cases/" + caseId + "/help-requests",
                        Map.of("id", UUID.randomUUID().toString(), "category", "CONFLICT"))
                .json()
                .get("id")
                .asText();
        assertEquals(
                200,
                api.post(w.token("mentorA2"), "/api/v1/help-requests/" + quick + "/acknowledge", null)
                        .status());
        String slow = api.post(
                        person[1],
                        "/api/v1/cases/" + caseId + "/help-requests",
                        Map.of("id", UUID.randomUUID().toString(), "category", "CRISIS"))
                .json()
                .get("id")
                .asText();
        CLOCK.advance(Duration.ofMinutes(20));

        // A second instance of the service, started fresh against the same database, runs the timer...
        try (ApplicationContext restarted =
                ApplicationContext.builder().properties(serviceProperties()).build()) {
            restarted.registerSingleton(Clock.class, CLOCK);
            restarted.start();
            restarted.getBean(EscalationJob.class).runOnce();
        }
        // ...and this instance running it again changes nothing: each step fired once.
        scan();
        List<String> officer = inbox(w.token("officerA"), caseId);
        assertEquals(List.of("HELP_ESCALATED"), officer, "only the unanswered request, once");
        assertEquals(
                2,
                Sql.query("SELECT COUNT(*) FROM notification WHERE subject_id = ?", rs -> rs.getInt(1), slow)
                        .get(0),
                "one for the mentor at once, one for the officer after 15 minutes");
    }

    private String[] person(String name, String mentorKey) {
        World.Person p = w.activatedPerson(name, mentorKey);
        return new String[] {p.caseId(), p.token()};
    }
}
