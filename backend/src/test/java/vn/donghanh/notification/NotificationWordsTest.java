package vn.donghanh.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every notification the code can send has its words in both bundles, and they stay discreet. */
class NotificationWordsTest {
    private static final List<String> LANGUAGES = List.of(NotificationWords.VI, NotificationWords.EN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyTextHasATitleAndABodyInBothBundles() {
        List<String> missing = new ArrayList<>();
        for (NotificationText text : NotificationText.values()) {
            for (String language : LANGUAGES) {
                for (String part : List.of(".title", ".body")) {
                    String words = NotificationWords.template(text.key() + part, language);
                    if (words == null || words.isBlank()) {
                        missing.add(text.key() + part + " (" + language + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "notification words missing from notifications_<language>.properties");
    }

    @Test
    void everyKindTheCodeUsesHasItsOwnWords() throws IOException {
        Set<String> keys = Arrays.stream(NotificationText.values())
                .map(NotificationText::key)
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Pattern kind = Pattern.compile("Notification(?:Kind|Text)\\.([A-Z_]+)\\b");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = kind.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertFalse(used.isEmpty(), "the scan found no notification in src/main/java");
        for (NotificationKind k : NotificationKind.values()) {
            used.add(k.name());
        }
        List<String> without = used.stream()
                .filter(name -> Arrays.stream(NotificationText.values())
                                .noneMatch(t -> t.name().equals(name))
                        || !keys.contains(NotificationText.valueOf(name).key())
                        || NotificationText.valueOf(name).kind() == null)
                .toList();
        assertEquals(List.of(), without, "kinds or texts without words");
        for (NotificationKind k : NotificationKind.values()) {
            assertTrue(keys.contains(k.name()), k + " has no <KIND>.title/.body of its own");
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholders() {
        Properties vi = load("i18n/notifications_vi.properties");
        Properties en = load("i18n/notifications_en.properties");
        assertEquals(vi.stringPropertyNames(), en.stringPropertyNames());
        Set<String> expected = new TreeSet<>();
        for (NotificationText text : NotificationText.values()) {
            expected.add(text.key() + ".title");
            expected.add(text.key() + ".body");
        }
        assertEquals(expected, new TreeSet<>(vi.stringPropertyNames()), "keys no NotificationText uses");
        for (String key : vi.stringPropertyNames()) {
            assertEquals(placeholders(vi.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
    }

    @Test
    void theWordsAreDiscreet() {
        for (NotificationText text : NotificationText.values()) {
            for (String language : LANGUAGES) {
                NotificationWords.Words w = NotificationWords.of(text, language, "{0}", "{1}", "{2}");
                String all = (w.title() + " " + w.body()).toLowerCase(Locale.ROOT);
                for (String word : List.of("ma túy", "ma tuý", "methadone", "drug", "heroin", "cai nghiện", "rehab")) {
                    assertFalse(all.contains(word), text + " (" + language + ") says " + word);
                }
            }
        }
    }

    @Test
    void valuesArePutInAsGivenAndVietnameseIsTheDefault() {
        assertEquals(
                "You have an appointment at 07:30 on 02/03 at the health facility.",
                NotificationWords.body(
                        NotificationText.APPOINTMENT_REMINDER, "en", "07:30", "02/03", "the health facility"));
        assertEquals(
                "Bạn có lịch hẹn lúc 07:30 ngày 02/03 tại Trạm Y tế.",
                NotificationWords.body(NotificationText.APPOINTMENT_REMINDER, "fr", "07:30", "02/03", "Trạm Y tế"));
        assertEquals(
                "Bạn có tin nhắn mới.",
                NotificationWords.forStaff(NotificationText.MESSAGE_RECEIVED).body());
        assertEquals("Đồng Hành: cần xử lý", NotificationWords.title(NotificationText.HELP_UNANSWERED, null));
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out.stream().sorted().toList();
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = NotificationWordsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
