package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a console user reads is in both languages, and every word a template asks for exists:
 * a key missing from one language, or a template's {@code #{key}} missing from all catalogues,
 * would show the user a raw key.
 */
class ConsoleWordsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/views/console");
    /** A literal key in a template: {@code #{case.identity}} or {@code #{case.since(${x})}}, not one built with __…__. */
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    @Test
    void everyCatalogueHasTheSameKeysInVietnameseAndEnglish() {
        for (String bundle : ConsoleMessages.BUNDLES) {
            Set<String> vi = load(bundle, "vi").stringPropertyNames();
            Set<String> en = load(bundle, "en").stringPropertyNames();
            Set<String> onlyVi = new TreeSet<>(vi);
            onlyVi.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(vi);
            assertEquals(Set.of(), onlyVi, bundle + ": keys without English");
            assertEquals(Set.of(), onlyEn, bundle + ": keys without Vietnamese");
        }
    }

    @Test
    void noKeyIsDefinedInTwoCatalogues() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : ConsoleMessages.BUNDLES) {
            for (String key : load(bundle, "vi").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(bundle + ": " + key);
                }
            }
        }
        assertEquals(List.of(), twice, "the first catalogue would win silently");
    }

    @Test
    void everyLiteralKeyATemplateUsesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : ConsoleMessages.BUNDLES) {
            known.addAll(load(bundle, "vi").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used++;
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(used > 50, "the pattern finds the templates' keys: " + used);
        assertEquals(Set.of(), missing);
    }

    private static Properties load(String bundle, String language) {
        String resource = "/" + bundle.replace('.', '/') + "_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = ConsoleWordsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no catalogue " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return p;
    }
}
