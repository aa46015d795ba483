package vn.donghanh.retention;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The retention feature's words for a reader ({@code i18n/retention_vi|en.properties}): Vietnamese unless the
 * reader asked for English. {@link #period} says the retention time as a person reads it ("5 năm").
 */
public final class RetentionWords {
    private final ResourceBundle words;

    private RetentionWords(ResourceBundle words) {
        this.words = words;
    }

    public static RetentionWords of(Locale locale) {
        Locale supported =
                locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return new RetentionWords(ResourceBundle.getBundle(
                "i18n.retention",
                supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String get(String key) {
        return words.getString(key);
    }

    /** "5 năm", "1 năm 6 tháng", "90 ngày" ("5 years", ...). */
    public String period(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(get("period.years").replace("{0}", Integer.toString(p.getYears())));
        }
        if (p.getMonths() != 0) {
            parts.add(get("period.months").replace("{0}", Integer.toString(p.getMonths())));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(get("period.days").replace("{0}", Integer.toString(p.getDays())));
        }
        return String.join(" ", parts);
    }
}
