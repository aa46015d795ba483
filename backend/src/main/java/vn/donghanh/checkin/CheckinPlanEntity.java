package vn.donghanh.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a check-in plan; versions of the same plan share {@code seriesId}. {@code endCause} says why a
 * version ended when the case's life ended it ({@link PlanEndCause}); null when an officer ended or changed it.
 */
@MappedEntity("checkin_plan")
public record CheckinPlanEntity(
        @Id String id,
        String seriesId,
        String caseId,
        String kind,
        String rrule,
        String grace,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        String createdBy,
        Instant createdAt,
        @Nullable String endCause) {

    CheckinPlanEntity endingOn(LocalDate day) {
        return endingOn(day, null);
    }

    CheckinPlanEntity endingOn(LocalDate day, PlanEndCause cause) {
        return new CheckinPlanEntity(
                id,
                seriesId,
                caseId,
                kind,
                rrule,
                grace,
                effectiveFrom,
                day,
                createdBy,
                createdAt,
                cause == null ? null : cause.name());
    }

    boolean pausedByCase() {
        return PlanEndCause.CASE_PAUSED.name().equals(endCause);
    }

    ComplianceCalculator.PlanVersion toVersion() {
        return new ComplianceCalculator.PlanVersion(
                id, seriesId, PlanKind.valueOf(kind), rrule, Duration.parse(grace), effectiveFrom, effectiveTo);
    }
}
