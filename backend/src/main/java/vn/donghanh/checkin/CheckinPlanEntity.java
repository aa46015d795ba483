package vn.donghanh.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a check-in plan; versions of the same plan share {@code seriesId}. */
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
        Instant createdAt) {

    CheckinPlanEntity endingOn(LocalDate day) {
        return new CheckinPlanEntity(
                id, seriesId, caseId, kind, rrule, grace, effectiveFrom, day, createdBy, createdAt);
    }

    ComplianceCalculator.PlanVersion toVersion() {
        return new ComplianceCalculator.PlanVersion(
                id, seriesId, PlanKind.valueOf(kind), rrule, Duration.parse(grace), effectiveFrom, effectiveTo);
    }
}
