package vn.donghanh.appointment;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service's reminder configuration ({@code donghanh.reminders.*}): offsets per appointment type and the quiet
 * hours. Parsed once, when bound: the reminder job asks for them for every occurrence it walks. The same defaults
 * are pinned for server and phone by {@code api-spec/fixtures/reminder-rules.json}.
 */
@ConfigurationProperties("donghanh.reminders")
public class ReminderDefaults {
    /** For a type without its own entry and no {@code default}. */
    private static final String FALLBACK_OFFSETS = "P1D,PT1H";

    private Map<AppointmentModels.Type, List<Duration>> offsets = parse(Map.of());
    private Duration longestOffset = longest(offsets);
    private Duration queueAhead = Duration.ofMinutes(10);
    private LocalTime quietFrom = LocalTime.of(21, 0);
    private LocalTime quietUntil = LocalTime.of(6, 0);

    /**
     * {@code offsets.<TYPE>} and {@code offsets.default}: comma-separated ISO-8601 durations before the appointment.
     * Keys are matched whatever their case or separator ({@code METHADONE_DOSE}, {@code methadone-dose}), as
     * configuration sources may normalise them.
     */
    public void setOffsets(Map<String, String> raw) {
        this.offsets = parse(raw);
        this.longestOffset = longest(offsets);
    }

    public void setQueueAhead(Duration queueAhead) {
        this.queueAhead = queueAhead;
    }

    /** Local time "HH:mm". */
    public void setQuietFrom(String quietFrom) {
        this.quietFrom = LocalTime.parse(quietFrom);
    }

    /** Local time "HH:mm". */
    public void setQuietUntil(String quietUntil) {
        this.quietUntil = LocalTime.parse(quietUntil);
    }

    private static Map<AppointmentModels.Type, List<Duration>> parse(Map<String, String> raw) {
        Map<String, String> byKey = new HashMap<>();
        raw.forEach((key, value) -> byKey.put(normalised(key), value));
        Map<AppointmentModels.Type, List<Duration>> out = new EnumMap<>(AppointmentModels.Type.class);
        for (AppointmentModels.Type type : AppointmentModels.Type.values()) {
            String text = byKey.getOrDefault(
                    normalised(type.name()), byKey.getOrDefault(normalised("default"), FALLBACK_OFFSETS));
            out.put(
                    type,
                    Arrays.stream(text.split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .map(Duration::parse)
                            .toList());
        }
        return out;
    }

    private static String normalised(String key) {
        return key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Duration longest(Map<AppointmentModels.Type, List<Duration>> offsets) {
        Duration longest = Duration.ZERO;
        for (List<Duration> list : offsets.values()) {
            for (Duration d : list) {
                longest = d.compareTo(longest) > 0 ? d : longest;
            }
        }
        return longest;
    }

    public List<Duration> offsets(AppointmentModels.Type type) {
        return offsets.get(type);
    }

    /** The longest configured offset: how far ahead the reminder job looks, and the most a person may choose. */
    public Duration longestOffset() {
        return longestOffset;
    }

    /** How far ahead of its due time a reminder is queued (hidden until then), so a busy minute only delivers. */
    public Duration queueAhead() {
        return queueAhead;
    }

    public LocalTime quietFrom() {
        return quietFrom;
    }

    public LocalTime quietUntil() {
        return quietUntil;
    }
}
