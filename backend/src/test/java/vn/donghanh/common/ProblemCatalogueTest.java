package vn.donghanh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.donghanh.checkin.ComplianceCalculator;

/**
 * Every English problem text the code can write has a Vietnamese entry in the catalogue: the
 * constants of {@link ProblemMessages}, each detail given to {@link ApiException} anywhere in
 * {@code src/main/java} (string literals, with what is computed standing for a value), and bean
 * validation's messages for each constraint the models use. A new text without an entry fails here.
 */
class ProblemCatalogueTest {
    private static final ProblemCatalogue WORDS = ProblemCatalogue.get();
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern CALL = Pattern.compile(
            "ApiException\\.(badField|conflict|forbidden|unauthorized|unprocessable)\\(|new ApiException\\(");
    /** Which argument of each call is the English text. */
    private static final Map<String, Integer> TEXT_ARGUMENT =
            Map.of("badField", 1, "conflict", 1, "forbidden", 0, "unauthorized", 0, "unprocessable", 1, "new", 2);
    /**
     * Call sites whose text is not written at the call: where it comes from is tested below. A new
     * one fails the scan until its texts are covered and it is listed here.
     */
    private static final Set<String> INDIRECT = Set.of(
            "checkin/CheckinPlanService.java: problem", // ComplianceCalculator.validate
            "appointment/AppointmentService.java: problem", // ComplianceCalculator.validate
            "club/ClubService.java: problem", // ComplianceCalculator.validate (issue 17: clubs)
            "common/ApiException.java: field + \": \" + message",
            "common/ApiException.java: detail",
            "common/ApiException.java: NOT_FOUND_DETAIL");
    /** Bean validation's message for each constraint, with values where it names them. */
    private static final Map<String, String> CONSTRAINT_MESSAGES = Map.ofEntries(
            Map.entry("NotNull", "must not be null"),
            Map.entry("NotBlank", "must not be blank"),
            Map.entry("NotEmpty", "must not be empty"),
            Map.entry("Size", "size must be between 1 and 200"),
            Map.entry("Min", "must be greater than or equal to 1"),
            Map.entry("Max", "must be less than or equal to 500"),
            Map.entry("DecimalMin", "must be greater than or equal to -90"),
            Map.entry("DecimalMax", "must be less than or equal to 180"),
            Map.entry("Positive", "must be greater than 0"),
            Map.entry("PositiveOrZero", "must be greater than or equal to 0"),
            Map.entry("Pattern", "must match \"[a-z]+\""),
            Map.entry("Valid", ProblemMessages.INVALID_VALUE),
            Map.entry("PlausibleDate", ProblemMessages.TOO_FAR_AHEAD),
            Map.entry("PlausiblePast", ProblemMessages.IN_THE_FUTURE));

    @Test
    void everyConstantOfProblemMessagesHasAnEntry() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : ProblemMessages.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String text = (String) f.get(null);
                if (!WORDS.knows(text)) {
                    missing.add(f.getName() + " = " + text);
                }
            }
        }
        if (!WORDS.knows(ProblemMessages.oneOf(java.time.DayOfWeek.class))) {
            missing.add("oneOf");
        }
        if (!WORDS.knows(ApiException.NOT_FOUND_DETAIL)) {
            missing.add("NOT_FOUND_DETAIL");
        }
        assertEquals(List.of(), missing, "texts without a Vietnamese entry in i18n/problems_vi.properties");
    }

    @Test
    void everyTextGivenToApiExceptionHasAnEntry() throws IOException {
        Set<String> missing = new TreeSet<>();
        Set<String> indirect = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String name =
                        MAIN.resolve("vn/donghanh").relativize(file).toString().replace('\\', '/');
                Matcher m = CALL.matcher(source);
                while (m.find()) {
                    String method = m.group(1) == null ? "new" : m.group(1);
                    List<String> args = splitTop(balanced(source, m.end() - 1), ',');
                    int index = TEXT_ARGUMENT.get(method);
                    if (args.size() <= index) {
                        continue; // a declaration, not a call
                    }
                    String expression = args.get(index).strip();
                    List<String> samples = samples(expression);
                    // "field: message": the message is the text, judged at its own call.
                    if (samples.stream().allMatch(s -> s.equals("X") || s.equals("X: X"))) {
                        indirect.add(name + ": " + expression);
                        continue;
                    }
                    for (String sample : samples) {
                        if (!WORDS.knows(sample)) {
                            missing.add(name + ": " + sample);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "texts without a Vietnamese entry in i18n/problems_vi.properties");
        assertEquals(INDIRECT, indirect, "call sites whose text is computed elsewhere: cover it and list it");
    }

    @Test
    void theRecurrenceRulesWordsHaveEntries() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        for (String rule : List.of("FREQ=HOURLY", "FREQ=DAILY;UNTIL=20250101", "nonsense", "FREQ=SOMETIMES")) {
            String problem = ComplianceCalculator.validate(rule, from, zone);
            assertTrue(problem != null && WORDS.knows(problem), () -> rule + " -> " + problem);
        }
    }

    @Test
    void everyConstraintTheModelsUseHasItsMessageInTheCatalogue() throws IOException {
        Pattern annotation = Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Min|Max|DecimalMin|DecimalMax|Positive"
                + "|PositiveOrZero|Negative|NegativeOrZero|Pattern|Email|Past|PastOrPresent|Future|FutureOrPresent"
                + "|AssertTrue|AssertFalse|Digits|Null|Valid|PlausibleDate|PlausiblePast)\\b");
        Pattern message = Pattern.compile("message\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher a = annotation.matcher(source);
                while (a.find()) {
                    String text = CONSTRAINT_MESSAGES.get(a.group(1));
                    if (text == null || !WORDS.knows(text)) {
                        missing.add("@" + a.group(1) + " in " + file.getFileName());
                    }
                }
                Matcher t = message.matcher(source);
                while (t.find()) {
                    if (!WORDS.knows(t.group(1))) {
                        missing.add(t.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "constraint messages without a Vietnamese entry");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholdersAndNoJavaNames() {
        Properties en = load("i18n/problems_en.properties");
        Properties vi = load("i18n/problems_vi.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(vi.stringPropertyNames()));
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (String key : en.stringPropertyNames()) {
            assertEquals(
                    placeholders(placeholder, en.getProperty(key)),
                    placeholders(placeholder, vi.getProperty(key)),
                    key);
            for (String text : List.of(en.getProperty(key), vi.getProperty(key))) {
                assertFalse(ProblemMessages.LEAK.matcher(text).find(), () -> key + ": " + text);
            }
        }
    }

    @Test
    void translationsFillTheValuesIntoTheVietnameseText() {
        assertEquals("là bắt buộc", WORDS.translate("is required", "vi"));
        assertEquals("is required", WORDS.translate("is required", "en"));
        assertEquals("phải từ 1 đến 500", WORDS.translate("must be between 1 and 500", "vi"));
        assertEquals("độ dài phải từ 1 đến 200", WORDS.translate("size must be between 1 and 200", "vi"));
        assertEquals(
                "hồ sơ đang ở trạng thái CLOSED; không thể cấp đăng nhập",
                WORDS.translate("the case is CLOSED; no login can be issued", "vi"));
        assertEquals(
                "hồ sơ không thể chuyển từ ACTIVE sang ACTIVE; được phép: [COMPLETED]",
                WORDS.translate("a case cannot move from ACTIVE to ACTIVE; allowed: [COMPLETED]", "vi"));
        assertEquals(
                "cursor: không phải là con trỏ do luồng đồng bộ này cấp",
                WORDS.translate("cursor: is not a cursor this feed issued", "vi"));
        assertEquals(null, WORDS.translate("no such words anywhere", "vi"));
        assertEquals("vi", ProblemResponseProcessor.acceptLanguage(null));
        assertEquals("vi", ProblemResponseProcessor.acceptLanguage("fr-FR, de;q=0.5"));
        assertEquals("en", ProblemResponseProcessor.acceptLanguage("en-GB,en;q=0.9"));
        assertEquals("en", ProblemResponseProcessor.acceptLanguage("fr, en;q=0.5, vi;q=0.1"));
        assertEquals("vi", ProblemResponseProcessor.acceptLanguage("vi-VN, en;q=0.8"));
        assertEquals("vi", ProblemResponseProcessor.acceptLanguage(";;;=x"));
    }

    private static List<String> placeholders(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        p.matcher(text).results().forEach(r -> out.add(r.group()));
        return out.stream().sorted().toList();
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (var in = ProblemCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The texts an expression can make: literals as written, "X" for each computed value, both
     * branches of a {@code ?:}.
     */
    static List<String> samples(String expression) {
        String e = expression.strip();
        List<String> ternary = splitTop(e, '?');
        if (ternary.size() == 2) {
            List<String> branches = splitTop(ternary.get(1), ':');
            List<String> out = new ArrayList<>();
            for (String branch : branches) {
                out.addAll(samples(branch));
            }
            return out;
        }
        List<String> out = List.of("");
        boolean literal = false;
        for (String part : splitTop(e, '+')) {
            String p = part.strip();
            List<String> pieces;
            if (p.startsWith("\"") && p.endsWith("\"") && p.length() >= 2) {
                pieces = List.of(
                        p.substring(1, p.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
                literal = true;
            } else if (p.startsWith("(") && p.endsWith(")")) {
                pieces = samples(p.substring(1, p.length() - 1));
                literal |= pieces.stream().anyMatch(s -> !s.equals("X"));
            } else {
                pieces = List.of("X");
            }
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String piece : pieces) {
                    next.add(head + piece);
                }
            }
            out = next;
        }
        return literal ? out : List.of("X");
    }

    /** The text between the parenthesis at {@code open} and its match. */
    private static String balanced(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        return "";
    }

    /** {@code s} split at {@code separator} outside strings and brackets. */
    private static List<String> splitTop(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\' && i + 1 < s.length()) {
                    current.append(s.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{' || c == '<') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || c == '>') {
                depth--;
            } else if (c == separator && depth == 0) {
                out.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        out.add(current.toString());
        return out;
    }
}
