package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import vn.donghanh.report.periodic.PeriodicReportModels.Overview;
import vn.donghanh.report.periodic.PeriodicReportModels.PeriodInfo;
import vn.donghanh.report.periodic.PeriodicReportModels.ReturnReport;
import vn.donghanh.report.periodic.PeriodicReportModels.Submission;
import vn.donghanh.report.periodic.PeriodicReportModels.SubmitReport;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitPeriodReport;
import vn.donghanh.security.Caller;

/**
 * The periodic reports: periods, a unit's live figures and submitted versions, submitting (a frozen
 * version), sending back, the supervisor's overview, and the files. Officers see and submit only
 * their own commune's; supervisors (and admins) see units at or below their own. Every read and
 * write is audited; nothing in a report names a person.
 */
@Singleton
public class PeriodicReportService {

    /** A downloadable report: its bytes, content type and file name (with extension). */
    public record ReportFile(byte[] bytes, String contentType, String fileName) {}

    public enum Format {
        XLSX,
        PDF
    }

    /** The periods the caller's province asks for that have begun, newest first. */
    public List<PeriodInfo> periods(Caller caller, Locale locale) {
        throw new UnsupportedOperationException("issue 15");
    }

    /** A unit's report for a period (the caller's own unit when {@code unitId} is null). */
    public UnitPeriodReport report(Caller caller, @Nullable String unitId, String periodCode, Locale locale) {
        throw new UnsupportedOperationException("issue 15");
    }

    /** Submits the live figures as a new frozen version (an officer, for their own commune). */
    public Submission submit(
            Caller caller, @Nullable String unitId, String periodCode, SubmitReport body, Locale locale) {
        throw new UnsupportedOperationException("issue 15");
    }

    /** A supervisor sends the version in force back to its commune with a comment. */
    public Submission sendBack(Caller caller, String submissionId, ReturnReport body, Locale locale) {
        throw new UnsupportedOperationException("issue 15");
    }

    /** The communes below a unit for a period: who has submitted, who is late, and the totals. */
    public Overview overview(Caller caller, @Nullable String unitId, String periodCode, Locale locale) {
        throw new UnsupportedOperationException("issue 15");
    }

    /**
     * The report as a file: a commune's version ({@code version} null: the one in force, or the live
     * figures when none), or a unit above communes with its communes as rows.
     */
    public ReportFile file(
            Caller caller,
            @Nullable String unitId,
            String periodCode,
            @Nullable Integer version,
            Format format,
            Locale locale) {
        throw new UnsupportedOperationException("issue 15");
    }
}
