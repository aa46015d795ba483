package vn.donghanh.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a reminder goes out: {@code offset} before the appointment, moved out of the quiet hours
 * (default 21:00–06:00 local): to the end of the quiet hours when that is still before the
 * appointment, otherwise to just before they begin the evening before.
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
        ZonedDateTime evening = due.toLocalTime().isBefore(quietUntil)
                ? due.minusDays(1).with(quietFrom).minusMinutes(1)
                : due.with(quietFrom).minusMinutes(1);
        return evening.toInstant();
    }

    boolean quiet(LocalTime t) {
        return quietFrom.isAfter(quietUntil)
                ? !t.isBefore(quietFrom) || t.isBefore(quietUntil)
                : !t.isBefore(quietFrom) && t.isBefore(quietUntil);
    }
}
