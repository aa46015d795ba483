package vn.donghanh.common;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of every problem, in {@code i18n/problems_vi.properties} (Vietnamese, the default)
 * and {@code i18n/problems_en.properties}. The code writes its problems in English (the constants
 * of {@link ProblemMessages}, the details given to {@link ApiException}); the English bundle holds
 * each of those texts as a template under a key ({@code {0}}, {@code {1}} for the values the code
 * puts in), and a text is translated by finding the template it was made from and filling the
 * Vietnamese template of the same key with the same values. {@code ProblemCatalogueTest} fails
 * when the code can write an English text that has no entry.
 */
public final class ProblemCatalogue {
    public static final String VI = "vi";
    public static final String EN = "en";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Pattern FIELD_PREFIX = Pattern.compile("([\\w.\\[\\]]+): (.+)", Pattern.DOTALL);

    private static final ProblemCatalogue INSTANCE = new ProblemCatalogue();

    private final Properties en = Bundles.load("i18n/problems_en.properties");
    private final Properties vi = Bundles.load("i18n/problems_vi.properties");
    private final Map<String, String> exact = new HashMap<>();
    private final List<Template> templates = new ArrayList<>();

    private record Template(String key, Pattern pattern, List<Integer> order, int literalLength) {}

    private ProblemCatalogue() {
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (key.startsWith("title.") || key.startsWith("detail.")) {
                continue; // not texts the code writes; looked up by key
            }
            Matcher m = PLACEHOLDER.matcher(text);
            if (!m.find()) {
                exact.put(text, key);
                continue;
            }
            m.reset();
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(last, m.start()))).append("(.+?)");
                order.add(Integer.parseInt(m.group(1)));
                last = m.end();
            }
            regex.append(Pattern.quote(text.substring(last)));
            int literal = PLACEHOLDER.matcher(text).replaceAll("").length();
            templates.add(new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), order, literal));
        }
        // The most specific template first: "the case is {0}; no login can be issued" before "the case is {0}".
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    }

    public static ProblemCatalogue get() {
        return INSTANCE;
    }

    /** {@code vi} or {@code en}: the language a header value or account setting names, Vietnamese otherwise. */
    public static String language(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith(EN) ? EN : VI;
    }

    /** The text under {@code key} in {@code language}, with {@code {0}}, {@code {1}} filled in. */
    public String text(String key, String language, Object... args) {
        String template = bundle(language).getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no problem text " + key);
        }
        return Bundles.fill(template, args);
    }

    /** The problem's title: the status's reason phrase in {@code language}. */
    public String title(HttpStatus status, String language) {
        String key = "title." + status.getCode();
        if (EN.equals(language)) {
            return status.getReason();
        }
        return vi.getProperty(key, vi.getProperty("title.other"));
    }

    /** Whether the catalogue has an entry the English {@code text} was written from. */
    public boolean knows(String english) {
        return translate(english, VI) != null;
    }

    /**
     * {@code english} in {@code language}: itself for English, else the entry it was written from,
     * or null when the catalogue has none. A "field: message" text is translated by its message.
     */
    public String translate(String english, String language) {
        if (english == null) {
            return null;
        }
        if (EN.equals(language)) {
            return english;
        }
        Properties target = bundle(language);
        String key = exact.get(english);
        if (key != null) {
            return target.getProperty(key);
        }
        for (Template t : templates) {
            Matcher m = t.pattern().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[t.order().size()];
                for (int i = 0; i < t.order().size(); i++) {
                    int index = t.order().get(i);
                    if (index < args.length) {
                        args[index] = m.group(i + 1);
                    }
                }
                return Bundles.fill(target.getProperty(t.key()), args);
            }
        }
        Matcher field = FIELD_PREFIX.matcher(english);
        if (field.matches()) {
            String message = translate(field.group(2), language);
            return message == null ? null : field.group(1) + ": " + message;
        }
        return null;
    }

    private Properties bundle(String language) {
        return EN.equals(language) ? en : vi;
    }
}
