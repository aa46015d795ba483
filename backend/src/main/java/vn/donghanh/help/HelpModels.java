package vn.donghanh.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The help-request API's request and response bodies. */
public final class HelpModels {
    private HelpModels() {}

    public enum Category {
        CRAVING,
        CRISIS,
        CONFLICT,
        OTHER
    }

    @Serdeable
    public record AskForHelp(
            @NotNull UUID id,
            @NotNull Category category,
            @Nullable @Size(max = 1000) String note) {}

    @Serdeable
    public record Resolve(@NotBlank @Size(max = 1000) String note) {}

    @Serdeable
    public record HelpRequest(
            String id,
            String caseId,
            Category category,
            @Nullable String note,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime escalatedAt,
            @Nullable OffsetDateTime acknowledgedAt,
            @Nullable String acknowledgedBy,
            @Nullable OffsetDateTime resolvedAt,
            @Nullable String resolutionNote) {}
}
