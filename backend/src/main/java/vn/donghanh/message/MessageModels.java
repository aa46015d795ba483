package vn.donghanh.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The message API's request and response bodies. */
public final class MessageModels {
    private MessageModels() {}

    @Serdeable
    public record SendMessage(
            @NotNull UUID id,
            @NotNull UUID recipientId,
            @NotBlank @Size(max = 2000) String body) {}

    @Serdeable
    public record Message(
            String id,
            String caseId,
            String senderId,
            String recipientId,
            String body,
            OffsetDateTime sentAt,
            @Nullable OffsetDateTime readAt) {}
}
