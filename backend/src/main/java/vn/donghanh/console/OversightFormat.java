package vn.donghanh.console;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the supervisor's and admin's pages show them: grouped the Vietnamese way (1.234) or the
 * English way (1,234), shares as "75%" (a dash when there was nothing to share), and a number of
 * minutes as a message key and its value in the largest sensible unit.
 */
public final class OversightFormat {
    private OversightFormat() {}

    public static String number(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(forNumbers(locale)).format(n);
    }

    public static String percent(Integer p, Locale locale) {
        return p == null ? "—" : number(p, locale) + "%";
    }

    /** "ovs.span.minutes" 45, "ovs.span.hours" 5 (rounded, under two days), "ovs.span.days" 3; null: "ovs.span.none". */
    public static ConsoleFormat.Span minutes(Long minutes) {
        if (minutes == null) {
            return new ConsoleFormat.Span("ovs.span.none", 0);
        }
        if (minutes < 60) {
            return new ConsoleFormat.Span("ovs.span.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return new ConsoleFormat.Span("ovs.span.hours", Math.round(minutes / 60.0));
        }
        return new ConsoleFormat.Span("ovs.span.days", Math.round(minutes / 1440.0));
    }

    private static Locale forNumbers(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.US : Locale.forLanguageTag("vi-VN");
    }
}
