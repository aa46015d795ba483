package vn.donghanh.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;

/** What the reminder endpoints send and receive: reminders, their acknowledgement and a person's reminder settings. */
public final class ReminderModels {
    private ReminderModels() {}

    public enum Acknowledgement {
        COMING,
        DONE
    }

    @Serdeable
    public record Acknowledge(@NotNull Acknowledgement response) {}

    /** {@code deliveryStatus}: PENDING, SENT (on {@code channel} PUSH or INBOX) or FAILED (with {@code lastError}). */
    @Serdeable
    public record Reminder(
            String id,
            String occurrenceId,
            String caseId,
            String offsetBefore,
            OffsetDateTime startsAt,
            OffsetDateTime dueAt,
            OffsetDateTime firedAt,
            @Nullable String deliveryStatus,
            @Nullable String channel,
            @Nullable String lastError,
            @Nullable OffsetDateTime acknowledgedAt,
            @Nullable Acknowledgement acknowledgement) {}

    public enum Channel {
        APP,
        SMS
    }

    @Serdeable
    public record SetReminderSettings(
            @NotNull Channel channel,
            @Nullable List<String> offsets,
            @Nullable String quietFrom,
            @Nullable String quietUntil) {}

    @Serdeable
    public record ReminderSettings(
            String caseId,
            Channel channel,
            @Nullable List<String> offsets,
            String quietFrom,
            String quietUntil,
            boolean custom,
            @Nullable OffsetDateTime updatedAt) {}
}
