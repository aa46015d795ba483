package vn.donghanh.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import vn.donghanh.casefile.CaseStatus;

/**
 * Pure compliance arithmetic, evaluated in the case's time zone.
 *
 * <p>A plan version's RRULE, started at 00:00 local on its first day, gives occurrence starts.
 * Occurrence i is satisfied by a matching record in [start_i, start_i+1) (the last one's window
 * ends where the version ends), and is due by the end of its local day plus the plan's grace: a
 * check-in at 23:59 on the due day is on time. Occurrences falling on days when the case is not
 * expected to report (suspended, or management ended) count for nothing.
 */
public final class ComplianceCalculator {
    /** Statuses on which the plans apply; SUSPENDED (detained, in hospital, back in rehab) expects nothing. */
    static final Set<CaseStatus> EXPECTING = EnumSet.of(CaseStatus.ACTIVE, CaseStatus.ABSENT, CaseStatus.RELAPSED);

    private static final int MAX_OCCURRENCES = 5000;

    private ComplianceCalculator() {}

    public record PlanVersion(
            String versionId,
            String seriesId,
            PlanKind kind,
            String rrule,
            Duration grace,
            LocalDate effectiveFrom,
            LocalDate effectiveTo) {}

    public record StatusSpan(LocalDate from, CaseStatus status) {}

    public record Occurrence(
            Instant start, Instant windowEnd, Instant deadline, boolean expected, Instant satisfiedAt) {
        boolean satisfied() {
            return satisfiedAt != null;
        }
    }

    public record Result(
            int expected,
            int satisfied,
            Integer percent,
            int currentStreak,
            Instant lastSatisfiedAt,
            Instant nextDueAt,
            Instant overdueSince) {}

    /**
     * Checks an RRULE the way the calculator will read it from {@code from}; the message says what
     * is wrong. Deadlines are per local day, so rules more frequent than daily are refused.
     */
    public static String validate(String rrule, LocalDate from, ZoneId zone) {
        try {
            RecurrenceRule rule = new RecurrenceRule(rrule);
            if (rule.getFreq().ordinal() > Freq.DAILY.ordinal()) {
                return "must not repeat more often than daily";
            }
            RecurrenceRuleIterator it =
                    rule.iterator(from.atStartOfDay(zone).toInstant().toEpochMilli(), TimeZone.getTimeZone(zone));
            if (!it.hasNext()) {
                return "yields no occurrences from " + from;
            }
            return null;
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            // The library's own words only when they name no Java type (an unknown FREQ names its enum).
            String why = vn.donghanh.common.ProblemMessages.plain(e.getMessage(), null);
            return "is not a valid RFC 5545 RRULE" + (why == null ? "" : ": " + why);
        }
    }

    /** All occurrences of one plan series (its versions in order) that start before {@code horizon}. */
    public static List<Occurrence> occurrences(
            List<PlanVersion> versions, ZoneId zone, List<StatusSpan> statuses, List<Instant> events, Instant horizon) {
        List<Instant> sortedEvents = events.stream().sorted().toList();
        List<Occurrence> out = new ArrayList<>();
        for (PlanVersion v : versions.stream()
                .sorted(Comparator.comparing(PlanVersion::effectiveFrom))
                .toList()) {
            Instant versionStart = v.effectiveFrom().atStartOfDay(zone).toInstant();
            Instant versionEnd = v.effectiveTo() == null
                    ? null
                    : v.effectiveTo().atStartOfDay(zone).toInstant();
            if (versionEnd != null && !versionEnd.isAfter(versionStart)) {
                continue;
            }
            RecurrenceRuleIterator it;
            try {
                it = new RecurrenceRule(v.rrule()).iterator(versionStart.toEpochMilli(), TimeZone.getTimeZone(zone));
            } catch (InvalidRecurrenceRuleException e) {
                throw new IllegalStateException("stored RRULE is invalid: " + v.rrule(), e);
            }
            Instant current = it.hasNext() ? Instant.ofEpochMilli(it.nextMillis()) : null;
            while (current != null
                    && out.size() < MAX_OCCURRENCES
                    && current.isBefore(horizon)
                    && (versionEnd == null || current.isBefore(versionEnd))) {
                Instant next = it.hasNext() ? Instant.ofEpochMilli(it.nextMillis()) : null;
                Instant windowEnd =
                        next == null || (versionEnd != null && next.isAfter(versionEnd)) ? versionEnd : next;
                LocalDate dueDay = current.atZone(zone).toLocalDate();
                Instant deadline =
                        dueDay.plusDays(1).atStartOfDay(zone).toInstant().plus(v.grace());
                out.add(new Occurrence(
                        current,
                        windowEnd,
                        deadline,
                        expecting(statuses, dueDay),
                        firstIn(sortedEvents, current, windowEnd)));
                current = next;
            }
        }
        return out;
    }

    /**
     * Compliance of one series over the local dates [from, to), as seen at {@code now}: only
     * occurrences whose deadline has passed (or that are already satisfied) are counted.
     */
    public static Result evaluate(
            List<PlanVersion> versions,
            ZoneId zone,
            List<StatusSpan> statuses,
            List<Instant> events,
            LocalDate from,
            LocalDate to,
            Instant now) {
        Instant horizon = later(now, to.atStartOfDay(zone).toInstant()).plus(Duration.ofDays(400));
        List<Occurrence> all = occurrences(versions, zone, statuses, events, horizon);
        List<Occurrence> settled = settled(all, now);
        int[] counted = count(settled, zone, from, to, now);
        int expected = counted[0];
        int satisfied = counted[1];
        int streak = 0;
        for (int i = settled.size() - 1; i >= 0; i--) {
            Occurrence o = settled.get(i);
            if (o.start().isAfter(now)) {
                continue;
            }
            if (!o.satisfied()) {
                break;
            }
            streak++;
        }
        Instant lastSatisfied = events.stream()
                .filter(e -> !e.isAfter(now))
                .max(Comparator.naturalOrder())
                .orElse(null);
        Instant nextDue = nextDue(all, now);
        return new Result(
                expected,
                satisfied,
                expected == 0 ? null : Math.round(satisfied * 100f / expected),
                streak,
                lastSatisfied,
                nextDue,
                overdueSince(all, now));
    }

    /**
     * Overdue when the latest expected occurrence past its deadline is unsatisfied and nothing has
     * satisfied the occurrence running now; "since" is the deadline of the first miss in that run.
     */
    static Instant overdueSince(List<Occurrence> all, Instant now) {
        Occurrence running = null;
        for (Occurrence o : all) {
            if (!o.start().isAfter(now)
                    && (o.windowEnd() == null || o.windowEnd().isAfter(now))) {
                running = o;
            }
        }
        if (running != null && running.satisfied()) {
            return null;
        }
        Instant since = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            Occurrence o = all.get(i);
            if (!o.expected() || o.deadline().isAfter(now)) {
                continue;
            }
            if (o.satisfied()) {
                break;
            }
            since = o.deadline();
        }
        return since;
    }

    private static boolean expecting(List<StatusSpan> statuses, LocalDate day) {
        CaseStatus status = null;
        for (StatusSpan s : statuses) {
            if (!s.from().isAfter(day)) {
                status = s.status();
            }
        }
        return status != null && EXPECTING.contains(status);
    }

    /** The first of the sorted instants in [from, until): a binary search, not a walk of a year of records per occurrence. */
    private static Instant firstIn(List<Instant> sorted, Instant from, Instant until) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).isBefore(from)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == sorted.size()) {
            return null;
        }
        Instant e = sorted.get(lo);
        return until == null || e.isBefore(until) ? e : null;
    }

    /**
     * What the escalation scan keeps of a series: since when it is overdue, and {@code nextChangeAt}: the first instant after which, with nothing more recorded, "overdue since" is not what it is now
     * (null: never, by time alone). It is the first occurrence start, window end or deadline at which {@link
     * #overdueSince} differs: only there can it change. Usually the next unsatisfied deadline; for a series overdue
     * for good, never (more misses do not move "since"); with a grace, a miss still in its grace can make the start
     * of the next occurrence a change too.
     */
    public record State(Instant overdueSince, Instant nextChangeAt) {}

    /** How far ahead {@link #state} first looks: two days hold the next change of daily and most plans. */
    private static final Duration NEAR = Duration.ofDays(2);

    /**
     * {@link Result#overdueSince()} exactly as {@link #evaluate} gives it, and when that can next change by time
     * alone, without counting a month and without expanding 400 days ahead: occurrences
     * are generated to {@code now} + two days, and only if nothing changes there, to the 400 days {@code evaluate}
     * uses. Assumes no record after {@code now}: a record is a write, and writes touch the watch.
     */
    public static State state(
            List<PlanVersion> versions, ZoneId zone, List<StatusSpan> statuses, List<Instant> events, Instant now) {
        State out = null;
        for (Duration ahead : List.of(NEAR, Duration.ofDays(401))) {
            Instant horizon = now.plus(ahead);
            List<Occurrence> all = occurrences(versions, zone, statuses, events, horizon);
            Instant since = overdueSince(all, now);
            out = new State(since, nextChange(all, now, horizon, since));
            if (out.nextChangeAt() != null) {
                return out;
            }
            // Overdue and no change in sight: only a satisfied occurrence's deadline passing could end it, and every
            // satisfied one has started by now; unless one of those deadlines lies beyond the horizon (a long grace),
            // none ever will, and looking 400 days ahead would change nothing.
            if (since != null
                    && all.stream()
                            .noneMatch(o -> o.satisfied() && !o.deadline().isBefore(horizon))) {
                return out;
            }
        }
        return out;
    }

    /** The first boundary after {@code now} and before {@code horizon} at which the series' overdue-since changes. */
    private static Instant nextChange(List<Occurrence> all, Instant now, Instant horizon, Instant since) {
        java.util.TreeSet<Instant> boundaries = new java.util.TreeSet<>();
        for (Occurrence o : all) {
            for (Instant b : new Instant[] {o.start(), o.windowEnd(), o.deadline()}) {
                if (b != null && b.isAfter(now) && b.isBefore(horizon)) {
                    boundaries.add(b);
                }
            }
        }
        for (Instant b : boundaries) {
            if (!java.util.Objects.equals(overdueSince(all, b), since)) {
                return b;
            }
        }
        return null;
    }

    private static Instant nextDue(List<Occurrence> all, Instant now) {
        return all.stream()
                .filter(o -> o.expected() && !o.satisfied() && o.deadline().isAfter(now))
                .map(Occurrence::deadline)
                .findFirst()
                .orElse(null);
    }

    /**
     * The {expected, satisfied} occurrences of one series over the local dates [from, to) exactly as
     * {@link #evaluate} counts them, generating only the occurrences that can count (none after
     * {@code to} or {@code now}): a report over a past half-year does not expand 400 days ahead.
     */
    public static int[] counts(
            List<PlanVersion> versions,
            ZoneId zone,
            List<StatusSpan> statuses,
            List<Instant> events,
            LocalDate from,
            LocalDate to,
            Instant now) {
        Instant toStart = to.atStartOfDay(zone).toInstant();
        Instant horizon = now.isBefore(toStart) ? now.plusMillis(1) : toStart;
        return count(settled(occurrences(versions, zone, statuses, events, horizon), now), zone, from, to, now);
    }

    /** The occurrences that are expected and settled at {@code now}: satisfied, or past their deadline. */
    private static List<Occurrence> settled(List<Occurrence> all, Instant now) {
        return all.stream()
                .filter(o -> o.expected() && (o.satisfied() || !o.deadline().isAfter(now)))
                .toList();
    }

    private static int[] count(List<Occurrence> settled, ZoneId zone, LocalDate from, LocalDate to, Instant now) {
        int expected = 0;
        int satisfied = 0;
        for (Occurrence o : settled) {
            LocalDate day = o.start().atZone(zone).toLocalDate();
            if (!day.isBefore(from) && day.isBefore(to) && !o.start().isAfter(now)) {
                expected++;
                if (o.satisfied()) {
                    satisfied++;
                }
            }
        }
        return new int[] {expected, satisfied};
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
