package vn.donghanh.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The correction-request API's bodies. */
public final class CorrectionModels {
    private CorrectionModels() {}

    @Serdeable
    public record AskCorrection(
            @NotNull CorrectableField field,
            @NotBlank @Size(max = 500) String proposedValue,
            @NotBlank @Size(max = 1000) String reason) {}

    /** {@code accept: false} needs a {@code reason}, which the person reads. */
    @Serdeable
    public record Decide(
            @NotNull Boolean accept,
            @Nullable @Size(max = 1000) String reason) {}

    @Serdeable
    public record Correction(
            String id,
            String caseId,
            @Nullable String caseName,
            CorrectableField field,
            @Nullable String currentValue,
            String proposedValue,
            String reason,
            CorrectionStatus status,
            OffsetDateTime requestedAt,
            @Nullable String decidedByName,
            @Nullable OffsetDateTime decidedAt,
            @Nullable String declineReason) {}
}
