package vn.donghanh.client.time;

import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * RFC 3339 date-times ({@code 2026-11-24T07:30:00+07:00}, {@code 2026-11-24T00:30:00.123456Z})
 * to and from epoch milliseconds, without java.time (Android API 24 lacks it). Fractions beyond
 * milliseconds are truncated.
 */
public final class Rfc3339 {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Rfc3339() {}

    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no date-time");
        }
        String s = text.trim();
        if (s.length() < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || (s.charAt(10) != 'T' && s.charAt(10) != 't' && s.charAt(10) != ' ')
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            throw new IllegalArgumentException("not an RFC 3339 date-time: " + text);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int i = 19;
        int millis = 0;
        if (i < s.length() && s.charAt(i) == '.') {
            int start = ++i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new IllegalArgumentException("empty fraction: " + text);
            }
            String fraction = (s.substring(start, i) + "00").substring(0, 3);
            millis = Integer.parseInt(fraction);
        }
        long offsetMillis = offset(s, i, text);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            throw new IllegalArgumentException("field out of range: " + text);
        }
        Calendar c = Calendar.getInstance(UTC, Locale.ROOT);
        c.clear();
        c.setLenient(false);
        c.set(year, month - 1, day, hour, minute, Math.min(second, 59));
        c.set(Calendar.MILLISECOND, millis);
        try {
            return c.getTimeInMillis() - offsetMillis;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no such date: " + text, e);
        }
    }

    private static long offset(String s, int i, String text) {
        if (i >= s.length()) {
            throw new IllegalArgumentException("missing offset: " + text);
        }
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i == s.length() - 1) {
            return 0;
        }
        if ((sign != '+' && sign != '-') || s.length() != i + 6 || s.charAt(i + 3) != ':') {
            throw new IllegalArgumentException("bad offset: " + text);
        }
        int hours = digits(s, i + 1, i + 3);
        int minutes = digits(s, i + 4, i + 6);
        if (hours > 23 || minutes > 59) {
            throw new IllegalArgumentException("bad offset: " + text);
        }
        long value = (hours * 60L + minutes) * 60_000L;
        return sign == '-' ? -value : value;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i + ": " + s);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Formats in UTC with milliseconds, e.g. {@code 2026-11-24T00:30:00.000Z}. */
    public static String formatUtc(long epochMillis) {
        return format(epochMillis, UTC);
    }

    /** Formats with the zone's offset at that instant, e.g. {@code 2026-11-24T07:30:00+07:00}. */
    public static String format(long epochMillis, TimeZone zone) {
        Calendar c = Calendar.getInstance(zone, Locale.ROOT);
        c.setTimeInMillis(epochMillis);
        int offsetMinutes = zone.getOffset(epochMillis) / 60_000;
        StringBuilder b = new StringBuilder(29);
        pad(b, c.get(Calendar.YEAR), 4).append('-');
        pad(b, c.get(Calendar.MONTH) + 1, 2).append('-');
        pad(b, c.get(Calendar.DAY_OF_MONTH), 2).append('T');
        pad(b, c.get(Calendar.HOUR_OF_DAY), 2).append(':');
        pad(b, c.get(Calendar.MINUTE), 2).append(':');
        pad(b, c.get(Calendar.SECOND), 2).append('.');
        pad(b, c.get(Calendar.MILLISECOND), 3);
        if (offsetMinutes == 0 && zone.getID().equals("UTC")) {
            return b.append('Z').toString();
        }
        b.append(offsetMinutes < 0 ? '-' : '+');
        int abs = Math.abs(offsetMinutes);
        pad(b, abs / 60, 2).append(':');
        pad(b, abs % 60, 2);
        return b.toString();
    }

    /** A wall-clock local date-time without offset ({@code 2026-11-24T07:30:00}), as createAppointment wants. */
    public static String formatLocal(long epochMillis, TimeZone zone) {
        return format(epochMillis, zone).substring(0, 19);
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }
}
