package vn.donghanh.client.presenter.officer;

import java.util.Calendar;
import java.util.TimeZone;

/**
 * The age of a last known copy shown offline ("Dữ liệu lúc 07:40, 2 giờ trước"): when it was read
 * from the server and how long ago, in the largest whole unit the app words it in.
 */
public final class StoredCopy {
    public final long savedAtMillis;
    /** Whole days, else whole hours, else whole minutes ago (the others are 0); all 0 means just now. */
    public final long daysAgo;

    public final long hoursAgo;
    public final long minutesAgo;
    /** True when it was read today (in the cases' zone): the app then shows the time without the date. */
    public final boolean today;

    StoredCopy(long savedAtMillis, long daysAgo, long hoursAgo, long minutesAgo, boolean today) {
        this.savedAtMillis = savedAtMillis;
        this.daysAgo = daysAgo;
        this.hoursAgo = hoursAgo;
        this.minutesAgo = minutesAgo;
        this.today = today;
    }

    public static StoredCopy of(long savedAtMillis, long nowMillis, TimeZone zone) {
        long minutes = Math.max(0, nowMillis - savedAtMillis) / 60_000L;
        long days = minutes / (24 * 60);
        long hours = days > 0 ? 0 : minutes / 60;
        long mins = days > 0 || hours > 0 ? 0 : minutes;
        return new StoredCopy(savedAtMillis, days, hours, mins, sameDay(savedAtMillis, nowMillis, zone));
    }

    private static boolean sameDay(long a, long b, TimeZone zone) {
        Calendar ca = Calendar.getInstance(zone);
        ca.setTimeInMillis(a);
        Calendar cb = Calendar.getInstance(zone);
        cb.setTimeInMillis(b);
        return ca.get(Calendar.YEAR) == cb.get(Calendar.YEAR)
                && ca.get(Calendar.DAY_OF_YEAR) == cb.get(Calendar.DAY_OF_YEAR);
    }
}
