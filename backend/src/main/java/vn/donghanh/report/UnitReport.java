package vn.donghanh.report;

import io.micronaut.core.annotation.Nullable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.casefile.CaseStatus;

/**
 * A supervisor's view of one administrative unit: its figures, the same figures for each unit
 * directly below it (a province's districts or communes, a district's communes), the way up to the
 * caller's own unit, and the last months' trend. Counts and shares only, never a person.
 */
public final class UnitReport {
    private UnitReport() {}

    public record Unit(String id, String code, String name, AdminUnitLevel level) {}

    /**
     * One unit's figures, added up over the communes at or below it exactly as the commune summary
     * computes one commune ({@code GET /api/v1/reports/commune-summary}): shares of the sums, the median
     * of every commune's response times together.
     */
    public record Figures(
            Unit unit,
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
            @Nullable Integer employedOrInTrainingPercent,
            int communes) {}

    /**
     * One month of the trend: cases active at its end (today for the current month), from the cases'
     * status history, the check-ins expected and made in it, from the plans and check-ins, and the
     * persons who moved in from outside the unit and out of it, by the month their transfer was accepted.
     */
    public record Month(
            YearMonth month,
            long active,
            long expected,
            long satisfied,
            @Nullable Integer compliancePercent,
            long movedIn,
            long movedOut) {}

    /** {@code trail}: the units from the caller's own down to the shown unit's parent, top first. */
    public record Report(Unit unit, List<Unit> trail, Figures total, List<Figures> below, List<Month> trend) {}
}
