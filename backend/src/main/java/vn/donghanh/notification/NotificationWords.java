package vn.donghanh.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The words of notifications, from {@code i18n/notifications_vi.properties} (Vietnamese, the
 * default) and {@code i18n/notifications_en.properties}. Texts are discreet: no name, no word about
 * drugs, since they may show on a lock screen. {@code {0}}, {@code {1}}… stand for the values the
 * caller gives, put in as they are (no {@code MessageFormat}: an apostrophe is just an apostrophe).
 */
public final class NotificationWords {
    public static final String VI = "vi";
    public static final String EN = "en";

    private static final Properties VIETNAMESE = load("i18n/notifications_vi.properties");
    private static final Properties ENGLISH = load("i18n/notifications_en.properties");

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
        if (args.length == 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(template.charAt(i + 1))) {
                int n = template.charAt(i + 1) - '0';
                out.append(n < args.length ? String.valueOf(args[n]) : template.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Properties bundle(String language) {
        return EN.equals(language) ? ENGLISH : VIETNAMESE;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = NotificationWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
