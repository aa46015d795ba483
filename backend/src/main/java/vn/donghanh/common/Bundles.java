package vn.donghanh.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The word catalogues' shared mechanics (problem details, notifications): a UTF-8 properties file from the
 * class path, and {@code {0}}…{@code {9}} filled in (a placeholder without a value stays as written).
 */
public final class Bundles {
    private Bundles() {}

    /** The properties file {@code resource} on the class path, read as UTF-8; a missing one is a build error. */
    public static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * {@code template} with each {@code {n}} replaced by {@code args[n]}. A plain scan rather than a regex or
     * MessageFormat: reminders fill 100,000 of these in a morning, and an apostrophe must stay an apostrophe.
     */
    public static String fill(String template, Object... args) {
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
}
