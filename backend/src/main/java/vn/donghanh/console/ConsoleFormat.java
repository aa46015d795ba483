package vn.donghanh.console;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Vietnamese offices write them (dd/MM/yyyy), in the service's zone; spans in words' keys. */
public final class ConsoleFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ConsoleFormat() {}

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(OffsetDateTime t, ZoneId zone) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(zone));
    }

    /** A span as a message key and its number: "since.days" 3, "since.hours" 5, "since.minutes" 12. */
    public record Span(String key, long value) {}

    public static Span since(OffsetDateTime from, Instant now) {
        Duration d = Duration.between(from.toInstant(), now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() >= 1) {
            return new Span("since.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return new Span("since.hours", d.toHours());
        }
        if (d.toMinutes() >= 1) {
            return new Span("since.minutes", d.toMinutes());
        }
        return new Span("since.justNow", 0);
    }

    /** A count as offices write it: 1.234.567 in Vietnamese, 1,234,567 in English. */
    public static String number(long n, Locale locale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator("en".equals(locale.getLanguage()) ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(n);
    }
}
