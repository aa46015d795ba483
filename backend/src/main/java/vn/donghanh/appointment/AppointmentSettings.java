package vn.donghanh.appointment;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Appointment occurrences ({@code donghanh.appointments.*}); how often the horizon moves
 * (extend-interval, extend-initial-delay) is read by {@link AppointmentHorizonJob}'s schedule itself. Reminder settings
 * ({@code donghanh.reminders.*}) are read by {@link ReminderDefaults}.
 */
@ConfigurationProperties("donghanh.appointments")
public class AppointmentSettings {
    /** Occurrences of recurring appointments exist this far ahead. */
    private Duration horizon = Duration.ofDays(14);

    public Duration getHorizon() {
        return horizon;
    }

    public void setHorizon(Duration horizon) {
        this.horizon = horizon;
    }
}
