package vn.donghanh.club;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A club's meetings: the first meeting's wall time repeated by its RRULE in the club's zone, expanded with
 * lib-recur as appointment series are (validated on the way in with the plans' and appointments' own rule,
 * {@code ComplianceCalculator.validate}). Nothing is stored per meeting but its attendance.
 */
record ClubSchedule(LocalDateTime first, String rrule, ZoneId zone) {
    /** More than any real club meets in a queried window; a guard against a rule gone wrong. */
    private static final int MAX_MEETINGS = 1000;

    static ClubSchedule of(ClubStore.ClubRow c) {
        return new ClubSchedule(c.firstStartLocal(), c.rrule(), ZoneId.of(c.timeZone()));
    }

    /** The starts of the meetings in [from, until), in order. */
    List<Instant> between(Instant from, Instant until) {
        List<Instant> out = new ArrayList<>();
        Instant start = first.atZone(zone).toInstant();
        if (rrule == null) {
            if (!start.isBefore(from) && start.isBefore(until)) {
                out.add(start);
            }
            return out;
        }
        RecurrenceRuleIterator it;
        try {
            it = new RecurrenceRule(rrule).iterator(start.toEpochMilli(), TimeZone.getTimeZone(zone));
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalStateException("stored RRULE is invalid: " + rrule, e);
        }
        if (from.isAfter(start)) {
            it.fastForward(from.toEpochMilli());
        }
        while (it.hasNext() && out.size() < MAX_MEETINGS) {
            Instant next = Instant.ofEpochMilli(it.nextMillis());
            if (!next.isBefore(until)) {
                break;
            }
            if (!next.isBefore(from)) {
                out.add(next);
            }
        }
        return out;
    }

    boolean isMeeting(Instant at) {
        return between(at, at.plusMillis(1)).contains(at);
    }

    /** The first meeting starting at or after {@code now}, or null when the schedule has ended. */
    Instant nextFrom(Instant now) {
        List<Instant> next = between(now, now.plus(java.time.Duration.ofDays(400)));
        return next.isEmpty() ? null : next.get(0);
    }
}
