package vn.donghanh.client.presenter.person;

import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

/**
 * "You checked in today" and the streak: consecutive calendar days (in the case's zone) with at
 * least one check-in, counting back from today, or from yesterday while today's is still to come
 * (the streak is not broken before the day is over).
 */
public final class CheckinStreak {
    public final boolean checkedInToday;
    /** The latest check-in today, or null. */
    public final Long todayAtMillis;
    /** 0 when neither today nor yesterday had one. */
    public final int days;

    CheckinStreak(boolean checkedInToday, Long todayAtMillis, int days) {
        this.checkedInToday = checkedInToday;
        this.todayAtMillis = todayAtMillis;
        this.days = days;
    }

    /** {@code times}: every check-in moment known on the phone (synced and still queued), any order. */
    public static CheckinStreak of(List<Long> times, long nowMillis, TimeZone zone) {
        long today = dayNumber(nowMillis, zone);
        Set<Long> days = new HashSet<>();
        Long todayAt = null;
        for (Long t : times) {
            if (t == null || t > nowMillis + 10 * 60_000L) {
                continue; // a clock far ahead must not fill in days that have not come
            }
            long day = dayNumber(t, zone);
            days.add(day);
            if (day == today && (todayAt == null || t > todayAt)) {
                todayAt = t;
            }
        }
        long from = days.contains(today) ? today : today - 1;
        int streak = 0;
        while (days.contains(from - streak)) {
            streak++;
        }
        return new CheckinStreak(todayAt != null, todayAt, streak);
    }

    /** A day count of the local date of {@code millis} in {@code zone} (DST-proof). */
    static long dayNumber(long millis, TimeZone zone) {
        Calendar c = Calendar.getInstance(zone);
        c.setTimeInMillis(millis);
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        utc.clear();
        utc.set(c.get(Calendar.YEAR), c.get(Calendar.MONTH), c.get(Calendar.DAY_OF_MONTH));
        return utc.getTimeInMillis() / 86_400_000L; // dates after 1970: no negative division
    }
}
