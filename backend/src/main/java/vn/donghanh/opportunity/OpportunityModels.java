package vn.donghanh.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.donghanh.common.PlausibleDate;

public final class OpportunityModels {
    private OpportunityModels() {}

    public enum Type {
        JOB,
        COURSE,
        LOAN
    }

    /** OPEN takes interest and referrals; FILLED may reopen; CLOSED is final. */
    public enum Status {
        OPEN,
        FILLED,
        CLOSED;

        public boolean canMoveTo(Status next) {
            return this != CLOSED && next != this;
        }
    }

    /** Wages and loan amounts are in Vietnamese đồng. Type-specific fields are ignored for other types. */
    @Serdeable
    public record CreateOpportunity(
            @Nullable UUID id,
            @NotNull UUID providerId,
            @NotNull Type type,
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 2000) String description,
            @NotNull UUID adminUnitId,
            @Nullable @Size(max = 500) String place,
            @Nullable @Positive @Max(100000) Integer seats,
            @Nullable @PlausibleDate LocalDate deadline,
            @Nullable @Size(max = 1000) String requirements,
            @Nullable @PositiveOrZero Long wageMin,
            @Nullable @PositiveOrZero Long wageMax,
            @Nullable @Size(max = 200) String trade,
            @Nullable @PlausibleDate LocalDate startDate,
            @Nullable @Positive @Max(520) Integer durationWeeks,
            @Nullable @Size(max = 500) String feeSupport,
            @Nullable @Size(max = 500) String loanPurpose,
            @Nullable @PositiveOrZero Long loanCeiling,
            @Nullable @Size(max = 1000) String loanConditions) {}

    @Serdeable
    public record SetStatus(@NotNull Status status) {}

    /** {@code distance}: 0 in the commune asked about, 1 elsewhere in its province, 2 further away. */
    @Serdeable
    public record Opportunity(
            String id,
            String providerId,
            String providerName,
            Type type,
            String title,
            @Nullable String description,
            String adminUnitId,
            @Nullable String place,
            @Nullable Integer seats,
            @Nullable LocalDate deadline,
            @Nullable String requirements,
            @Nullable Long wageMin,
            @Nullable Long wageMax,
            @Nullable String trade,
            @Nullable LocalDate startDate,
            @Nullable Integer durationWeeks,
            @Nullable String feeSupport,
            @Nullable String loanPurpose,
            @Nullable Long loanCeiling,
            @Nullable String loanConditions,
            Status status,
            @Nullable Integer distance) {}

    @Serdeable
    public record Interest(
            String id, String opportunityId, String opportunityTitle, String caseId, OffsetDateTime createdAt) {}
}
