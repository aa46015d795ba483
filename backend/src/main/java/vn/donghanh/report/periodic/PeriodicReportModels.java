package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The periodic report API's bodies (never a person: counts and shares only). */
public final class PeriodicReportModels {
    private PeriodicReportModels() {}

    /** A unit a report is about. */
    @Serdeable
    public record UnitRef(String id, String code, String name, String level) {}

    /** A period as a unit's province sees it: its days, its deadline, and from when it may be submitted. */
    @Serdeable
    public record PeriodInfo(
            String code,
            PeriodKind kind,
            int year,
            int index,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate deadline,
            LocalDate opensOn,
            String label) {}

    /**
     * Where a unit's report for a period stands. NOT_SUBMITTED (nothing yet, or only drafts),
     * SUBMITTED (the current version is in force), RETURNED (a supervisor sent it back; a new version
     * is expected). {@code late}: submitted after the deadline, or the deadline passed without a
     * report in force.
     */
    public enum State {
        NOT_SUBMITTED,
        SUBMITTED,
        RETURNED
    }

    /** A commune's state in a period without its figures: {@code submittedAt} of the newest version (null: none). */
    public record Standing(
            State state, boolean late, @Nullable OffsetDateTime submittedAt) {}

    /** One indicator's line: its figure (null: a share of nothing, a median of no samples). */
    @Serdeable
    public record IndicatorValue(
            Indicator indicator,
            String number,
            String label,
            String measure,
            String definition,
            @Nullable Long value) {}

    /** One submitted version, frozen. {@code current}: the newest version (the one in force unless returned). */
    @Serdeable
    public record Submission(
            String id,
            int version,
            boolean current,
            OffsetDateTime submittedAt,
            String submittedBy,
            boolean late,
            LocalDate figuresAsOf,
            String narrative,
            @Nullable String correctionReason,
            @Nullable OffsetDateTime returnedAt,
            @Nullable String returnedBy,
            @Nullable String returnComment,
            List<IndicatorValue> figures) {}

    /**
     * A unit's report for a period: the live figures counted now (to the cut-off, or to today while
     * the period runs), and every submitted version, newest first.
     */
    @Serdeable
    public record UnitPeriodReport(
            UnitRef unit,
            PeriodInfo period,
            State state,
            boolean late,
            boolean canSubmit,
            LocalDate liveAsOf,
            List<IndicatorValue> live,
            List<Submission> versions) {}

    /** What an officer sends: the narrative; for a new version of a submitted report, the reason. */
    @Serdeable
    public record SubmitReport(
            @NotBlank @Size(max = 4000) String narrative,
            @Nullable @Size(max = 1000) String correctionReason) {}

    /** What a supervisor sends with a report sent back. */
    @Serdeable
    public record ReturnReport(@NotBlank @Size(max = 1000) String comment) {}

    /** One commune's line on a supervisor's overview. */
    @Serdeable
    public record UnitStatus(
            UnitRef unit,
            State state,
            boolean late,
            @Nullable Integer version,
            @Nullable OffsetDateTime submittedAt) {}

    /**
     * The totals of a unit above communes: the sum of the reports in force, the live figures of the
     * communes without one, and both together.
     */
    @Serdeable
    public record TotalValue(
            Indicator indicator,
            String number,
            String label,
            String measure,
            @Nullable Long submitted,
            @Nullable Long liveUnsubmitted,
            @Nullable Long total) {}

    @Serdeable
    public record Overview(
            UnitRef unit,
            PeriodInfo period,
            int communes,
            int submitted,
            int late,
            int pending,
            List<UnitStatus> units,
            List<TotalValue> totals) {}
}
