package vn.donghanh.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a reminder goes out: {@code offset} before the appointment, moved out of the quiet hours
 * [quietFrom, quietUntil) (default 21:00–06:00 local): to the end of the quiet hours when that is
 * still more than 5 minutes before the appointment, otherwise to one minute before they began (for
 * a window across midnight, the evening before). The phone's {@code client/reminder/QuietHours}
 * does the same; {@code api-spec/fixtures/reminder-rules.json} pins both.
 */
public final class ReminderPlanner {
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    public ReminderPlanner(LocalTime quietFrom, LocalTime quietUntil) {
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
    }

    public Instant dueAt(Instant startsAt, Duration offset, ZoneId zone) {
        ZonedDateTime due = startsAt.minus(offset).atZone(zone);
        if (!quiet(due.toLocalTime())) {
            return due.toInstant();
        }
        ZonedDateTime morning = due.toLocalTime().isBefore(quietUntil)
                ? due.with(quietUntil)
                : due.plusDays(1).with(quietUntil);
        if (morning.toInstant().isBefore(startsAt.minus(Duration.ofMinutes(5)))) {
            return morning.toInstant();
        }
        // Just before these quiet hours began: the evening before only when they span midnight and
        // it is past midnight (a window such as 00:00–07:00 or 12:00–14:00 began the same day).
        boolean beganTheDayBefore =
                quietFrom.isAfter(quietUntil) && due.toLocalTime().isBefore(quietUntil);
        ZonedDateTime before =
                (beganTheDayBefore ? due.minusDays(1) : due).with(quietFrom).minusMinutes(1);
        return before.toInstant();
    }

    boolean quiet(LocalTime t) {
        return quietFrom.isAfter(quietUntil)
                ? !t.isBefore(quietFrom) || t.isBefore(quietUntil)
                : !t.isBefore(quietFrom) && t.isBefore(quietUntil);
    }
}
