package vn.donghanh.appointment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** The service's reminder configuration: offsets per appointment type and the quiet hours. */
@Singleton
public class ReminderDefaults {
    private final PropertyResolver config;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    public ReminderDefaults(PropertyResolver config,
                            @Value("${donghanh.reminders.quiet-from:21:00}") String quietFrom,
                            @Value("${donghanh.reminders.quiet-until:06:00}") String quietUntil) {
        this.config = config;
        this.quietFrom = LocalTime.parse(quietFrom);
        this.quietUntil = LocalTime.parse(quietUntil);
    }

    public List<Duration> offsets(AppointmentModels.Type type) {
        String raw = config.getProperty("donghanh.reminders.offsets." + type.name(), String.class)
                .or(() -> config.getProperty("donghanh.reminders.offsets.default", String.class)).orElse("P1D,PT1H");
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Duration::parse).toList();
    }

    /** The longest configured offset: how far ahead the reminder job looks, and the most a person may choose. */
    public Duration longestOffset() {
        Duration longest = Duration.ZERO;
        for (AppointmentModels.Type type : AppointmentModels.Type.values()) {
            for (Duration d : offsets(type)) {
                longest = d.compareTo(longest) > 0 ? d : longest;
            }
        }
        return longest;
    }

    /** How far ahead of its due time a reminder is queued (hidden until then), so a busy minute only delivers. */
    public Duration queueAhead() {
        return config.getProperty("donghanh.reminders.queue-ahead", Duration.class).orElse(Duration.ofMinutes(10));
    }

    public LocalTime quietFrom() {
        return quietFrom;
    }

    public LocalTime quietUntil() {
        return quietUntil;
    }
}
