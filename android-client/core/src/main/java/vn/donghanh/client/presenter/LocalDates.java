package vn.donghanh.client.presenter;

import java.util.Calendar;
import java.util.TimeZone;

/** Calendar-day arithmetic on ISO dates (yyyy-MM-dd) without java.time. */
public final class LocalDates {
    private LocalDates() {}

    /**
     * Whole days from today (in {@code zone}) until {@code isoDate}; 0 on the day itself, negative
     * once past; null when the date is missing or malformed.
     */
    public static Integer daysUntil(String isoDate, long nowMillis, TimeZone zone) {
        if (isoDate == null || isoDate.length() < 10) {
            return null;
        }
        try {
            int year = Integer.parseInt(isoDate.substring(0, 4));
            int month = Integer.parseInt(isoDate.substring(5, 7));
            int day = Integer.parseInt(isoDate.substring(8, 10));
            Calendar today = Calendar.getInstance(zone);
            today.setTimeInMillis(nowMillis);
            long todayDays =
                    epochDay(today.get(Calendar.YEAR), today.get(Calendar.MONTH) + 1, today.get(Calendar.DAY_OF_MONTH));
            return (int) (epochDay(year, month, day) - todayDays);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (zone-free, so DST cannot skew it). */
    static long epochDay(int year, int month, int day) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month - 1, day);
        return c.getTimeInMillis() / 86_400_000L;
    }
}
