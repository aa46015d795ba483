package vn.donghanh.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/** The inbox API's response bodies. */
public final class NotificationModels {
    private NotificationModels() {}

    @Serdeable
    public record Notification(
            String id,
            NotificationKind kind,
            Notifier.Priority priority,
            @Nullable String caseId,
            @Nullable String subjectId,
            String title,
            String body,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime readAt) {}
}
