package vn.donghanh.notification;

import java.util.Properties;
import vn.donghanh.common.Bundles;

/**
 * The words of notifications, from {@code i18n/notifications_vi.properties} (Vietnamese, the
 * default) and {@code i18n/notifications_en.properties}. Texts are discreet: no name, no word about
 * drugs, since they may show on a lock screen. {@code {0}}, {@code {1}}… stand for the values the
 * caller gives, put in as they are (no {@code MessageFormat}: an apostrophe is just an apostrophe).
 */
public final class NotificationWords {
    public static final String VI = "vi";
    public static final String EN = "en";

    private static final Properties VIETNAMESE = Bundles.load("i18n/notifications_vi.properties");
    private static final Properties ENGLISH = Bundles.load("i18n/notifications_en.properties");

    private NotificationWords() {}

    /** A notification's title and body. */
    public record Words(String title, String body) {}

    /** The title and body of {@code text} in {@code language} ({@code en}; anything else is Vietnamese). */
    public static Words of(NotificationText text, String language, Object... args) {
        return new Words(title(text, language, args), body(text, language, args));
    }

    /** For staff, who have no language setting: Vietnamese. */
    public static Words forStaff(NotificationText text, Object... args) {
        return of(text, VI, args);
    }

    public static String title(NotificationText text, String language, Object... args) {
        return word(text.key() + ".title", language, args);
    }

    public static String body(NotificationText text, String language, Object... args) {
        return word(text.key() + ".body", language, args);
    }

    /** The raw template under {@code key}, or null when the bundle of {@code language} has none. */
    static String template(String key, String language) {
        return bundle(language).getProperty(key);
    }

    private static String word(String key, String language, Object... args) {
        String template = template(key, language);
        if (template == null) {
            throw new IllegalStateException("no notification words for " + key + " in " + language);
        }
        return Bundles.fill(template, args);
    }

    private static Properties bundle(String language) {
        return EN.equals(language) ? ENGLISH : VIETNAMESE;
    }
}
