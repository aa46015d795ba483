package vn.donghanh.privacy;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long a person's data is kept after their case is closed: {@code donghanh.retention.after-closure}
 * (ISO-8601 period, default {@code P5Y}), read and checked here only and said in plain words here only.
 * The retention job erases by this same value and the data copy promises it, so the rule and the
 * promise cannot drift apart. A value that is not a positive period stops the service, naming the key.
 */
@Singleton
public class RetentionPeriod {
    private final Period afterClosure;

    public RetentionPeriod(@Value("${donghanh.retention.after-closure:P5Y}") String afterClosure) {
        this.afterClosure = parse(afterClosure);
    }

    /** The period, or a refusal that names the key and shows an example. */
    static Period parse(String text) {
        String problem = "donghanh.retention.after-closure must be a positive ISO-8601 period such as P5Y or P18M,"
                + " not '" + text + "'";
        Period p;
        try {
            p = Period.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(problem, e);
        }
        if (p.isNegative() || p.isZero()) {
            throw new IllegalStateException(problem);
        }
        return p;
    }

    public Period afterClosure() {
        return afterClosure;
    }

    /** "5 năm", "1 year and 6 months": the period in the reader's words. */
    public String length(Locale locale) {
        return words(afterClosure, locale);
    }

    /** Any period in the reader's words, as {@link #length} (the admin's retention page too). */
    public static String words(Period period, Locale locale) {
        List<String> parts = new ArrayList<>();
        Period p = period.normalized();
        add(parts, locale, p.getYears(), "year");
        add(parts, locale, p.getMonths(), "month");
        add(parts, locale, p.getDays(), "day");
        if (parts.isEmpty()) parts.add(ExportWords.word(locale, "retention.days", 0));
        String and = " " + ExportWords.word(locale, "retention.and") + " ";
        return String.join(and, parts);
    }

    /** The sentence the data copy carries: how long, from when, and what happens then. */
    public String sentence(Locale locale) {
        return ExportWords.word(locale, "retention.sentence", length(locale));
    }

    private static void add(List<String> parts, Locale locale, int n, String unit) {
        if (n == 0) return;
        String key = "retention." + unit + (n == 1 ? "" : "s");
        parts.add(ExportWords.word(locale, key, n));
    }
}
