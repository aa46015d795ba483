package vn.donghanh.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.donghanh.common.PlausibleDate;
import vn.donghanh.common.PlausiblePast;

/** Request and response bodies of check-in plans, check-ins and compliance. */
public final class CheckinModels {
    private CheckinModels() {}

    @Serdeable
    public record CreatePlan(
            @Nullable UUID id,
            @NotNull PlanKind kind,
            @NotBlank @Size(max = 500) String rrule,
            @Nullable @Size(max = 32) String grace,
            @NotNull @PlausibleDate LocalDate effectiveFrom) {}

    @Serdeable
    public record ChangePlan(
            @Nullable UUID id,
            @NotBlank @Size(max = 500) String rrule,
            @Nullable @Size(max = 32) String grace,
            @NotNull @PlausibleDate LocalDate effectiveFrom) {}

    @Serdeable
    public record EndPlan(@NotNull @PlausibleDate LocalDate effectiveTo) {}

    @Serdeable
    public record Plan(
            String id,
            String seriesId,
            String caseId,
            PlanKind kind,
            String rrule,
            String grace,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo) {
        static Plan from(CheckinPlanEntity e) {
            return new Plan(
                    e.id(),
                    e.seriesId(),
                    e.caseId(),
                    PlanKind.valueOf(e.kind()),
                    e.rrule(),
                    e.grace(),
                    e.effectiveFrom(),
                    e.effectiveTo());
        }
    }

    @Serdeable
    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {}

    @Serdeable
    public record CreateCheckin(
            @NotNull UUID id,
            @NotNull CheckinKind kind,
            @NotNull @PlausiblePast OffsetDateTime occurredAt,
            @Nullable @Min(1) @Max(5) Integer wellbeing,
            @Nullable @Min(0) @Max(10) Integer craving,
            @Nullable @Size(max = 1000) String note,
            @Nullable @Valid Location location) {}

    @Serdeable
    public record Checkin(
            String id,
            String caseId,
            CheckinKind kind,
            OffsetDateTime occurredAt,
            OffsetDateTime receivedAt,
            @Nullable Integer wellbeing,
            @Nullable Integer craving,
            @Nullable String note,
            @Nullable Location location,
            String recordedBy) {}

    @Serdeable
    public record PlanCompliance(
            String seriesId,
            PlanKind kind,
            String rrule,
            int expected,
            int satisfied,
            @Nullable Integer percent,
            int currentStreak,
            @Nullable OffsetDateTime lastSatisfiedAt,
            @Nullable OffsetDateTime nextDueAt,
            @Nullable OffsetDateTime overdueSince) {}

    @Serdeable
    public record Compliance(String caseId, LocalDate from, LocalDate to, List<PlanCompliance> plans) {}

    @Serdeable
    /** One overdue plan ({@code seriesId}) or unanswered retention check ({@code retentionCheckId}) of one case. */
    public record OverdueItem(
            String caseId,
            String fullName,
            String adminUnitId,
            OverdueKind kind,
            @Nullable String seriesId,
            @Nullable String retentionCheckId,
            OffsetDateTime overdueSince,
            long overdueHours,
            @Nullable String transferId) {}
}
