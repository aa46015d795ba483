package vn.donghanh.privacy;

import java.util.Locale;
import java.util.Properties;
import vn.donghanh.common.Bundles;

/**
 * The words of a person's data copy ({@code i18n/privacy_vi|en.properties}): section titles
 * ({@code <section>.title}), field labels ({@code <section>.<column>}) and the few shared words
 * ({@code copy.*}, {@code value.*}). Vietnamese unless the reader reads English.
 */
public final class ExportWords {
    private static final Properties VI = Bundles.load("i18n/privacy_vi.properties");
    private static final Properties EN = Bundles.load("i18n/privacy_en.properties");

    private ExportWords() {}

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The word for {@code key}; a key without an entry shows as itself (ExportWordsTest keeps that from happening). */
    public static String word(Locale locale, String key) {
        return (english(locale) ? EN : VI).getProperty(key, key);
    }

    /** {@link #word} with {0}, {1}, … filled in. */
    public static String word(Locale locale, String key, Object... args) {
        return Bundles.fill(word(locale, key), args);
    }

    /** A coded value (a status, a kind) in plain words when the bundle has it ({@code value.<CODE>}), else as coded. */
    public static String value(Locale locale, String code) {
        String w = (english(locale) ? EN : VI).getProperty("value." + code);
        return w == null ? code : w;
    }

    static Properties bundle(boolean english) {
        return english ? EN : VI;
    }
}
