package vn.donghanh.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.ComplianceCalculator.PlanVersion;
import vn.donghanh.checkin.ComplianceCalculator.Result;
import vn.donghanh.checkin.ComplianceCalculator.StatusSpan;

/** Edge cases of compliance with a controlled "now", all in Vietnam time (UTC+7, no daylight saving). */
class ComplianceCalculatorTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<StatusSpan> ACTIVE_ALL_ALONG =
            List.of(new StatusSpan(LocalDate.of(2026, 1, 1), CaseStatus.ACTIVE));

    static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(VN).toInstant();
    }

    static PlanVersion weeklyMonday(LocalDate from, LocalDate to) {
        return new PlanVersion(
                "v-" + from, "s", PlanKind.SELF_CHECKIN, "FREQ=WEEKLY;BYDAY=MO", Duration.ZERO, from, to);
    }

    @Test
    void aCheckInAt2359LocalOnTheDueDayIsOnTimeAndAMinuteLaterStillCountsButWasOverdue() {
        // Mondays in November 2026: 2, 9, 16, 23, 30.
        PlanVersion plan = weeklyMonday(LocalDate.of(2026, 11, 1), null);
        List<Instant> onTime = List.of(vn(2026, 11, 2, 23, 59));
        Result atMidnight = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                onTime,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 3),
                vn(2026, 11, 3, 0, 1));
        assertEquals(1, atMidnight.expected());
        assertEquals(1, atMidnight.satisfied());
        assertNull(atMidnight.overdueSince());

        Result nothingYet = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                List.of(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 3),
                vn(2026, 11, 3, 0, 1));
        assertEquals(vn(2026, 11, 3, 0, 0), nothingYet.overdueSince(), "overdue from local midnight after the due day");
        assertEquals(0, nothingYet.satisfied());

        Result lateButInPeriod = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                List.of(vn(2026, 11, 3, 0, 1)),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 8),
                vn(2026, 11, 3, 9, 0));
        assertEquals(1, lateButInPeriod.satisfied());
        assertNull(lateButInPeriod.overdueSince());
    }

    @Test
    void theDayIsTheLocalDayNotTheUtcDay() {
        PlanVersion plan = weeklyMonday(LocalDate.of(2026, 11, 1), null);
        // 2026-11-01 23:30 UTC is Monday 06:30 in Vietnam: it satisfies Monday's occurrence.
        Result r = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                List.of(Instant.parse("2026-11-01T23:30:00Z")),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 8),
                vn(2026, 11, 4, 12, 0));
        assertEquals(1, r.expected());
        assertEquals(1, r.satisfied());
        // And 2026-11-01 16:59 UTC is still Sunday 23:59 local: before the occurrence, it satisfies nothing.
        Result early = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                List.of(Instant.parse("2026-11-01T16:59:00Z")),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 8),
                vn(2026, 11, 4, 12, 0));
        assertEquals(0, early.satisfied());
    }

    @Test
    void graceExtendsTheDeadline() {
        // Every other week from Sunday 1 Nov (week starts Monday): the first Monday is 9 Nov.
        PlanVersion plan = new PlanVersion(
                "v",
                "s",
                PlanKind.MENTOR_CONTACT,
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
                Duration.ofDays(6),
                LocalDate.of(2026, 11, 1),
                null);
        Result withinGrace = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                List.of(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                vn(2026, 11, 15, 23, 0));
        assertEquals(0, withinGrace.expected(), "due by the end of Monday 9 Nov + 6 days: not yet counted");
        assertNull(withinGrace.overdueSince());
        assertEquals(vn(2026, 11, 16, 0, 0), withinGrace.nextDueAt());
        Result after = ComplianceCalculator.evaluate(
                List.of(plan),
                VN,
                ACTIVE_ALL_ALONG,
                List.of(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                vn(2026, 11, 16, 0, 1));
        assertEquals(1, after.expected());
        assertEquals(vn(2026, 11, 16, 0, 0), after.overdueSince());
    }

    @Test
    void monthEndsAndTheFirstWorkingDayOfTheMonth() {
        PlanVersion office = new PlanVersion(
                "v",
                "s",
                PlanKind.OFFICE_PRESENCE,
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
                Duration.ofDays(2),
                LocalDate.of(2026, 1, 1),
                null);
        // First working days: Thu 1 Jan, Mon 2 Feb, Mon 2 Mar 2026.
        List<Instant> presences = List.of(vn(2026, 1, 1, 8, 0), vn(2026, 2, 3, 9, 0));
        Result r = ComplianceCalculator.evaluate(
                List.of(office),
                VN,
                ACTIVE_ALL_ALONG,
                presences,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 1),
                vn(2026, 3, 31, 23, 59));
        assertEquals(3, r.expected());
        assertEquals(2, r.satisfied());
        assertEquals(67, r.percent());
        assertEquals(0, r.currentStreak());
        assertEquals(vn(2026, 3, 5, 0, 0), r.overdueSince(), "end of Mon 2 March + 2 days grace");

        PlanVersion monthly31 = new PlanVersion(
                "v",
                "s",
                PlanKind.RESIDENCE_VERIFICATION,
                "FREQ=MONTHLY;BYMONTHDAY=-1",
                Duration.ZERO,
                LocalDate.of(2026, 1, 1),
                null);
        List<ComplianceCalculator.Occurrence> ends = ComplianceCalculator.occurrences(
                List.of(monthly31), VN, ACTIVE_ALL_ALONG, List.of(), vn(2026, 3, 31, 12, 0));
        assertEquals(
                List.of(vn(2026, 1, 31, 0, 0), vn(2026, 2, 28, 0, 0), vn(2026, 3, 31, 0, 0)),
                ends.stream().map(ComplianceCalculator.Occurrence::start).toList());
    }

    @Test
    void aPlanChangedMidPeriodKeepsThePastUnderTheOldRule() {
        // Weekly on Mondays until 16 Nov, then daily from 16 Nov.
        PlanVersion before = weeklyMonday(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16));
        PlanVersion after = new PlanVersion(
                "v2", "s", PlanKind.SELF_CHECKIN, "FREQ=DAILY", Duration.ZERO, LocalDate.of(2026, 11, 16), null);
        List<Instant> checkins = List.of(
                vn(2026, 11, 2, 10, 0), vn(2026, 11, 10, 10, 0), vn(2026, 11, 16, 10, 0), vn(2026, 11, 17, 10, 0));
        Result r = ComplianceCalculator.evaluate(
                List.of(before, after),
                VN,
                ACTIVE_ALL_ALONG,
                checkins,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                vn(2026, 11, 19, 12, 0));
        // Old rule: Mondays 2 and 9 (the 9th satisfied late on the 10th). New rule: 16, 17, 18 (19 not yet due).
        assertEquals(5, r.expected());
        assertEquals(4, r.satisfied());
        assertNotNull(r.overdueSince());
        assertEquals(vn(2026, 11, 19, 0, 0), r.overdueSince());
        // The week of 9 Nov is cut at the change: a check-in on the 16th belongs to the new rule only.
        List<ComplianceCalculator.Occurrence> occ = ComplianceCalculator.occurrences(
                List.of(before, after), VN, ACTIVE_ALL_ALONG, checkins, vn(2026, 11, 17, 0, 0));
        assertEquals(vn(2026, 11, 16, 0, 0), occ.get(1).windowEnd());
    }

    @Test
    void suspendedDaysExpectNothing() {
        PlanVersion daily = new PlanVersion(
                "v", "s", PlanKind.SELF_CHECKIN, "FREQ=DAILY", Duration.ZERO, LocalDate.of(2026, 11, 1), null);
        List<StatusSpan> statuses = List.of(
                new StatusSpan(LocalDate.of(2026, 1, 1), CaseStatus.ACTIVE),
                new StatusSpan(LocalDate.of(2026, 11, 5), CaseStatus.SUSPENDED),
                new StatusSpan(LocalDate.of(2026, 11, 8), CaseStatus.ACTIVE));
        Result r = ComplianceCalculator.evaluate(
                List.of(daily),
                VN,
                statuses,
                List.of(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11),
                vn(2026, 11, 11, 0, 1));
        assertEquals(7, r.expected(), "1-4 and 8-10 November; 5-7 suspended");
        assertEquals(
                vn(2026, 11, 2, 0, 0),
                r.overdueSince(),
                "the misses before the suspension are still the first of the run");
    }

    @Test
    void streakCountsBackToTheLastMiss() {
        PlanVersion daily = new PlanVersion(
                "v", "s", PlanKind.SELF_CHECKIN, "FREQ=DAILY", Duration.ZERO, LocalDate.of(2026, 11, 1), null);
        List<Instant> checkins =
                List.of(vn(2026, 11, 1, 9, 0), vn(2026, 11, 3, 9, 0), vn(2026, 11, 4, 9, 0), vn(2026, 11, 5, 9, 0));
        Result r = ComplianceCalculator.evaluate(
                List.of(daily),
                VN,
                ACTIVE_ALL_ALONG,
                checkins,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                vn(2026, 11, 5, 20, 0));
        assertEquals(3, r.currentStreak());
        assertEquals(vn(2026, 11, 5, 9, 0), r.lastSatisfiedAt());
        assertEquals(vn(2026, 11, 7, 0, 0), r.nextDueAt());
        assertNull(r.overdueSince());
    }

    @Test
    void invalidRulesAreNamed() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        assertNull(ComplianceCalculator.validate("FREQ=WEEKLY;BYDAY=MO", from, VN));
        assertNull(ComplianceCalculator.validate("FREQ=DAILY", from, VN));
        assertNotNull(ComplianceCalculator.validate("FREQ=SOMETIMES", from, VN));
        assertNotNull(ComplianceCalculator.validate("DROP TABLE", from, VN));
        assertNotNull(ComplianceCalculator.validate("FREQ=HOURLY", from, VN), "deadlines are per day");
        assertNotNull(
                ComplianceCalculator.validate("FREQ=WEEKLY;UNTIL=20260101T000000Z", from, VN), "ends before it starts");
    }

    /**
     * The escalation scan stores {@link ComplianceCalculator#state}: it must give exactly the overdue-since that {@code
     * evaluate} gives (the list and the case page use it), and that state must hold, with nothing more recorded, until
     * its {@code nextChangeAt} and not at it: for plans of every rhythm, with and without records, a suspension and a
     * version change, seen at many moments.
     */
    @Test
    void theScansStateIsWhatEvaluateSaysAtEveryMoment() {
        List<List<PlanVersion>> plans = List.of(
                List.of(weeklyMonday(LocalDate.of(2026, 11, 1), null)),
                List.of(new PlanVersion(
                        "d",
                        "s",
                        PlanKind.SELF_CHECKIN,
                        "FREQ=DAILY",
                        Duration.ofHours(6),
                        LocalDate.of(2026, 11, 1),
                        null)),
                List.of(new PlanVersion(
                        "m",
                        "s",
                        PlanKind.MENTOR_CONTACT,
                        "FREQ=MONTHLY;BYMONTHDAY=1",
                        Duration.ZERO,
                        LocalDate.of(2026, 1, 1),
                        null)),
                List.of(
                        new PlanVersion(
                                "a",
                                "s",
                                PlanKind.SELF_CHECKIN,
                                "FREQ=DAILY",
                                Duration.ZERO,
                                LocalDate.of(2026, 11, 1),
                                LocalDate.of(2026, 11, 10)),
                        weeklyMonday(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 25))));
        List<List<StatusSpan>> statuses = List.of(
                ACTIVE_ALL_ALONG,
                List.of(
                        new StatusSpan(LocalDate.of(2026, 1, 1), CaseStatus.ACTIVE),
                        new StatusSpan(LocalDate.of(2026, 11, 5), CaseStatus.SUSPENDED),
                        new StatusSpan(LocalDate.of(2026, 11, 12), CaseStatus.ACTIVE)));
        List<List<Instant>> records = List.of(
                List.of(),
                List.of(
                        vn(2026, 11, 2, 8, 0),
                        vn(2026, 11, 3, 23, 59),
                        vn(2026, 11, 9, 12, 0),
                        vn(2026, 11, 16, 7, 0)));
        int compared = 0;
        for (List<PlanVersion> plan : plans) {
            for (List<StatusSpan> st : statuses) {
                for (List<Instant> events : records) {
                    for (Instant now = vn(2026, 11, 1, 0, 0);
                            now.isBefore(vn(2026, 12, 3, 0, 0));
                            now = now.plus(Duration.ofHours(7))) {
                        // What is recorded by now: a record made later is a write, and writes touch the watch.
                        Instant at = now;
                        List<Instant> known =
                                events.stream().filter(e -> !e.isAfter(at)).toList();
                        LocalDate today = now.atZone(VN).toLocalDate();
                        Result r = ComplianceCalculator.evaluate(
                                plan, VN, st, known, today.withDayOfMonth(1), today.plusDays(1), now);
                        ComplianceCalculator.State s = ComplianceCalculator.state(plan, VN, st, known, now);
                        assertEquals(r.overdueSince(), s.overdueSince(), "overdue since, at " + now + " of " + plan);
                        if (s.overdueSince() == null && r.nextDueAt() != null) {
                            assertTrue(
                                    !s.nextChangeAt().isAfter(r.nextDueAt()),
                                    "looked at again by its next deadline, at " + now + " of " + plan);
                        }
                        // "By time alone": until nextChangeAt (for ever, if null) and with nothing written, the state
                        // the scan stored is the state; at nextChangeAt it is not.
                        if (s.nextChangeAt() != null) {
                            assertNotEquals(
                                    s.overdueSince(),
                                    ComplianceCalculator.state(plan, VN, st, known, s.nextChangeAt())
                                            .overdueSince(),
                                    "changes at " + s.nextChangeAt() + ", seen at " + now + " of " + plan);
                        }
                        Instant threeDays = now.plus(Duration.ofDays(3));
                        Instant until =
                                s.nextChangeAt() == null || s.nextChangeAt().isAfter(threeDays)
                                        ? threeDays
                                        : s.nextChangeAt();
                        for (Instant later = now.plus(Duration.ofMinutes(50));
                                later.isBefore(until);
                                later = later.plus(Duration.ofMinutes(110))) {
                            assertEquals(
                                    s.overdueSince(),
                                    ComplianceCalculator.state(plan, VN, st, known, later)
                                            .overdueSince(),
                                    "unchanged from " + now + " to " + later + " of " + plan);
                        }
                        compared++;
                    }
                }
            }
        }
        assertEquals(4 * 2 * 2 * 110, compared);
    }
}
