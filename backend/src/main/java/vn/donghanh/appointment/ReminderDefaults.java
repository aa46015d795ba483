package vn.donghanh.appointment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service's reminder configuration: offsets per appointment type and the quiet hours. Read
 * once: the reminder job asks for them for every occurrence it walks.
 */
@Singleton
public class ReminderDefaults {
    private final Map<AppointmentModels.Type, List<Duration>> offsets = new EnumMap<>(AppointmentModels.Type.class);
    private final Duration longestOffset;
    private final Duration queueAhead;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    public ReminderDefaults(
            PropertyResolver config,
            @Value("${donghanh.reminders.quiet-from:21:00}") String quietFrom,
            @Value("${donghanh.reminders.quiet-until:06:00}") String quietUntil) {
        Duration longest = Duration.ZERO;
        for (AppointmentModels.Type type : AppointmentModels.Type.values()) {
            String raw = config.getProperty("donghanh.reminders.offsets." + type.name(), String.class)
                    .or(() -> config.getProperty("donghanh.reminders.offsets.default", String.class))
                    .orElse("P1D,PT1H");
            List<Duration> parsed = Arrays.stream(raw.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Duration::parse)
                    .toList();
            offsets.put(type, parsed);
            for (Duration d : parsed) {
                longest = d.compareTo(longest) > 0 ? d : longest;
            }
        }
        this.longestOffset = longest;
        this.queueAhead = config.getProperty("donghanh.reminders.queue-ahead", Duration.class)
                .orElse(Duration.ofMinutes(10));
        this.quietFrom = LocalTime.parse(quietFrom);
        this.quietUntil = LocalTime.parse(quietUntil);
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
