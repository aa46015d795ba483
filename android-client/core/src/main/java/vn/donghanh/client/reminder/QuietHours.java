package vn.donghanh.client.reminder;

import java.util.Calendar;
import java.util.TimeZone;

/**
 * Moves a reminder out of the quiet hours exactly like the backend's
 * {@code appointment/ReminderPlanner}: to the end of the quiet hours when that is still more than
 * 5 minutes before the appointment, otherwise to one minute before they began (for a window across
 * midnight, the evening before). {@code api-spec/fixtures/reminder-rules.json} pins both.
 */
final class QuietHours {
    private static final long MINUTE = 60_000L;

    private final int fromMinutes;
    private final int untilMinutes;

    QuietHours(int fromMinutes, int untilMinutes) {
        this.fromMinutes = fromMinutes;
        this.untilMinutes = untilMinutes;
    }

    long dueAt(long startsAtMillis, long offsetMinutes, TimeZone zone) {
        long due = startsAtMillis - offsetMinutes * MINUTE;
        Calendar c = Calendar.getInstance(zone);
        c.setTimeInMillis(due);
        long timeOfDay =
                ((c.get(Calendar.HOUR_OF_DAY) * 60L + c.get(Calendar.MINUTE)) * 60L + c.get(Calendar.SECOND)) * 1000L
                        + c.get(Calendar.MILLISECOND);
        if (!quiet(timeOfDay)) {
            return due;
        }
        boolean beforeMorning = timeOfDay < untilMinutes * MINUTE;
        long morning = at(due, beforeMorning ? 0 : 1, untilMinutes, zone);
        if (morning < startsAtMillis - 5 * MINUTE) {
            return morning;
        }
        // Just before these quiet hours began: the evening before only when they span midnight and
        // it is past midnight (a window such as 00:00–07:00 or 12:00–14:00 began the same day).
        boolean beganTheDayBefore = fromMinutes > untilMinutes && beforeMorning;
        return at(due, beganTheDayBefore ? -1 : 0, fromMinutes, zone) - MINUTE;
    }

    boolean quiet(long timeOfDayMillis) {
        long from = fromMinutes * MINUTE;
        long until = untilMinutes * MINUTE;
        return from > until
                ? timeOfDayMillis >= from || timeOfDayMillis < until
                : timeOfDayMillis >= from && timeOfDayMillis < until;
    }

    /** The local day of {@code instant} plus {@code days}, at {@code minutes} after midnight. */
    private static long at(long instant, int days, int minutes, TimeZone zone) {
        Calendar c = Calendar.getInstance(zone);
        c.setTimeInMillis(instant);
        c.add(Calendar.DAY_OF_MONTH, days);
        c.set(Calendar.HOUR_OF_DAY, minutes / 60);
        c.set(Calendar.MINUTE, minutes % 60);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTimeInMillis();
    }
}
