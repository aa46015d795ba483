package vn.donghanh.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseStatus;

/** The report API's response bodies. */
public final class ReportModels {
    private ReportModels() {}

    @Serdeable
    public record UnitCounts(
            String adminUnitId, String code, String name, Map<CaseStatus, Long> byStatus, long activeWithMentor) {}

    @Serdeable
    public record CaseCounts(String adminUnitId, List<UnitCounts> units) {}

    @Serdeable
    public record CommuneSummary(
            String adminUnitId,
            String code,
            String name,
            Map<CaseStatus, Long> byStatus,
            long activeWithMentor,
            @Nullable Integer mentorCoveragePercent,
            long expectedThisMonth,
            long satisfiedThisMonth,
            @Nullable Integer compliancePercentThisMonth,
            long overdueCases,
            long alertsThisMonth,
            @Nullable Long medianMinutesToFirstAction,
            long employedOrInTraining,
            @Nullable Integer employedOrInTrainingPercent) {}

    @Serdeable
    public record Summary(String adminUnitId, List<CommuneSummary> communes) {}
}
