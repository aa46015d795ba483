package vn.donghanh.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Between an RFC 5545 RRULE (what plans and appointments store and the API takes) and what an
 * officer reads and chooses: the rule in plain words ("Hằng tuần vào thứ Hai", "Mỗi 2 tuần vào thứ
 * Hai và thứ Năm", "Hằng tháng vào ngày 5"), and the plain choices of the console's form
 * (frequency, every how many, weekdays, day of the month) built into a rule and read back from one.
 *
 * <p>The words come from the console's catalogue ({@code sup.rule.*}, {@code sup.day.*}) through
 * {@code words}, so this class holds no text of its own. A rule the form cannot express (COUNT,
 * BYSETPOS, …) is still put in words where it can be, and never shown raw.
 */
public final class RecurrenceWords {
    /** The frequencies the form offers. */
    public enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY
    }

    /**
     * The form's choices: {@code interval} ≥ 1; {@code weekdays} for WEEKLY (Monday first);
     * {@code monthDay} (1–31) for MONTHLY.
     */
    public record Choices(Frequency frequency, int interval, Set<DayOfWeek> weekdays, Integer monthDay) {
        public Choices {
            weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        }
    }

    private static final String[] CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Function<String, String> words;

    /** {@code words}: a catalogue key to its text in the reader's language ({@code {0}} for values). */
    public RecurrenceWords(Function<String, String> words) {
        this.words = words;
    }

    /** The rule the API takes for these choices, e.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH}. */
    public static String toRrule(Choices c) {
        StringBuilder r = new StringBuilder("FREQ=").append(c.frequency().name());
        if (c.interval() > 1) {
            r.append(";INTERVAL=").append(c.interval());
        }
        if (c.frequency() == Frequency.WEEKLY && !c.weekdays().isEmpty()) {
            List<String> days = new ArrayList<>();
            for (DayOfWeek d : EnumSet.copyOf(c.weekdays())) {
                days.add(CODES[d.ordinal()]);
            }
            r.append(";BYDAY=").append(String.join(",", days));
        }
        if (c.frequency() == Frequency.MONTHLY && c.monthDay() != null) {
            r.append(";BYMONTHDAY=").append(c.monthDay());
        }
        return r.toString();
    }

    /** The form's choices that give this rule, or empty when the form cannot express it. */
    public static Optional<Choices> choicesOf(String rrule) {
        Map<String, String> parts = parts(rrule);
        if (parts == null) {
            return Optional.empty();
        }
        Frequency freq;
        try {
            freq = Frequency.valueOf(parts.getOrDefault("FREQ", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Integer interval = positive(parts.getOrDefault("INTERVAL", "1"));
        Set<String> allowed =
                switch (freq) {
                    case DAILY -> Set.of("FREQ", "INTERVAL", "WKST");
                    case WEEKLY -> Set.of("FREQ", "INTERVAL", "WKST", "BYDAY");
                    case MONTHLY -> Set.of("FREQ", "INTERVAL", "WKST", "BYMONTHDAY");
                };
        if (interval == null || !allowed.containsAll(parts.keySet())) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (parts.containsKey("BYDAY")) {
            for (String d : parts.get("BYDAY").split(",")) {
                DayOfWeek day = day(d);
                if (day == null) {
                    return Optional.empty();
                }
                days.add(day);
            }
        }
        Integer monthDay = null;
        if (parts.containsKey("BYMONTHDAY")) {
            monthDay = positive(parts.get("BYMONTHDAY"));
            if (monthDay == null || monthDay > 31) {
                return Optional.empty();
            }
        }
        return Optional.of(new Choices(freq, interval, days, monthDay));
    }

    /** The rule in plain words, first letter capital; a rule it cannot read says "a schedule of its own". */
    public String describe(String rrule) {
        Map<String, String> parts = parts(rrule);
        if (parts == null) {
            return words.apply("sup.rule.custom");
        }
        String freq = parts.getOrDefault("FREQ", "");
        Integer interval = positive(parts.getOrDefault("INTERVAL", "1"));
        // "The first (or last) working day of the month": how office presence is often planned.
        String workday = workdayOfMonth(freq, parts);
        if (workday != null) {
            parts = new java.util.LinkedHashMap<>(parts);
            parts.remove("BYDAY");
            parts.remove("BYSETPOS");
        }
        Set<String> known = Set.of("FREQ", "INTERVAL", "WKST", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL");
        if (interval == null || !known.containsAll(parts.keySet())) {
            return words.apply("sup.rule.custom");
        }
        String unit =
                switch (freq) {
                    case "DAILY" -> "day";
                    case "WEEKLY" -> "week";
                    case "MONTHLY" -> "month";
                    case "YEARLY" -> "year";
                    default -> null;
                };
        if (unit == null) {
            return words.apply("sup.rule.custom");
        }
        String base = interval == 1
                ? words.apply("sup.rule.every." + unit)
                : fill(words.apply("sup.rule.everyN." + unit), String.valueOf(interval));
        List<String> on = new ArrayList<>();
        if (workday != null) {
            on.add(words.apply(workday));
        }
        if (parts.containsKey("BYDAY")) {
            for (String d : parts.get("BYDAY").split(",")) {
                String w = dayWords(d);
                if (w == null) {
                    return words.apply("sup.rule.custom");
                }
                on.add(w);
            }
        }
        if (parts.containsKey("BYMONTHDAY")) {
            for (String d : parts.get("BYMONTHDAY").split(",")) {
                Integer n = integer(d);
                if (n == null || n == 0 || n < -1 || n > 31) {
                    return words.apply("sup.rule.custom");
                }
                on.add(n == -1 ? words.apply("sup.rule.lastDay") : fill(words.apply("sup.rule.monthDay"), d.strip()));
            }
        }
        String text = on.isEmpty() ? base : fill(words.apply("sup.rule.on"), base, join(on));
        if (parts.containsKey("COUNT")) {
            Integer count = positive(parts.get("COUNT"));
            if (count == null) {
                return words.apply("sup.rule.custom");
            }
            text = fill(words.apply("sup.rule.count"), text, String.valueOf(count));
        }
        if (parts.containsKey("UNTIL")) {
            String until = parts.get("UNTIL");
            try {
                LocalDate d = LocalDate.parse(until.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
                text = fill(words.apply("sup.rule.until"), text, UNTIL_DATE.format(d));
            } catch (RuntimeException e) {
                return words.apply("sup.rule.custom");
            }
        }
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The words' key for a monthly rule on the first or last weekday from Monday to Friday
     * ({@code BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1} or {@code -1}) with no month day; null otherwise.
     */
    private static String workdayOfMonth(String freq, Map<String, String> parts) {
        if (!"MONTHLY".equals(freq) || !parts.containsKey("BYSETPOS") || parts.containsKey("BYMONTHDAY")) {
            return null;
        }
        Set<String> days = Set.of(parts.getOrDefault("BYDAY", "").split(","));
        if (!days.equals(Set.of("MO", "TU", "WE", "TH", "FR"))) {
            return null;
        }
        return switch (parts.get("BYSETPOS").strip()) {
            case "1" -> "sup.rule.firstWorkday";
            case "-1" -> "sup.rule.lastWorkday";
            default -> null;
        };
    }

    /** "thứ Hai", "thứ Hai đầu tiên", "thứ Sáu cuối cùng", "thứ Ba lần thứ 2 trong tháng"; null if not a day. */
    private String dayWords(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() < 2) {
            return null;
        }
        String dayCode = c.substring(c.length() - 2);
        DayOfWeek day = day(dayCode);
        if (day == null) {
            return null;
        }
        String name = words.apply("sup.day." + dayCode);
        String ordinal = c.substring(0, c.length() - 2);
        if (ordinal.isEmpty()) {
            return name;
        }
        Integer n = integer(ordinal.startsWith("+") ? ordinal.substring(1) : ordinal);
        if (n == null || n == 0 || n < -5 || n > 5) {
            return null;
        }
        if (n == 1) {
            return fill(words.apply("sup.rule.firstDay"), name);
        }
        if (n == -1) {
            return fill(words.apply("sup.rule.lastWeekday"), name);
        }
        return n > 0 ? fill(words.apply("sup.rule.nthDay"), name, String.valueOf(n)) : null;
    }

    /** "A", "A và B", "A, B và C". */
    private String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String and = words.apply("sup.rule.and");
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    private static DayOfWeek day(String code) {
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals(code.strip().toUpperCase(Locale.ROOT))) {
                return DayOfWeek.of(i + 1);
            }
        }
        return null;
    }

    /** NAME=value pairs in order, keys upper case; null when it is not of that shape (or a key repeats). */
    private static Map<String, String> parts(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return null;
        }
        String r = rrule.strip();
        if (r.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            r = r.substring(6);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : r.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                return null;
            }
            String key = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            if (out.put(key, part.substring(eq + 1).strip().toUpperCase(Locale.ROOT)) != null) {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer positive(String s) {
        Integer n = integer(s);
        return n == null || n < 1 ? null : n;
    }

    /** {0}, {1}, … filled in, as the console's other words are (no MessageFormat quoting rules). */
    private static String fill(String pattern, String... values) {
        String out = pattern;
        for (int i = 0; i < values.length; i++) {
            out = out.replace("{" + i + "}", values[i]);
        }
        return out;
    }
}
