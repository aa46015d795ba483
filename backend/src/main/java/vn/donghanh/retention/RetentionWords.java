package vn.donghanh.retention;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The retention feature's words for a reader ({@code i18n/retention_vi|en.properties}): Vietnamese unless the
 * reader asked for English. The retention time itself is worded by {@link vn.donghanh.privacy.RetentionPeriod}.
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
}
