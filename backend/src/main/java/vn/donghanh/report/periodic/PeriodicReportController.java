package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.ProblemResponseProcessor;
import vn.donghanh.report.periodic.PeriodicReportModels.Overview;
import vn.donghanh.report.periodic.PeriodicReportModels.PeriodInfo;
import vn.donghanh.report.periodic.PeriodicReportModels.ReturnReport;
import vn.donghanh.report.periodic.PeriodicReportModels.Submission;
import vn.donghanh.report.periodic.PeriodicReportModels.SubmitReport;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitPeriodReport;
import vn.donghanh.report.periodic.PeriodicReportService.Format;
import vn.donghanh.report.periodic.PeriodicReportService.ReportFile;
import vn.donghanh.security.Caller;

/** The periodic reports over HTTP: one service call each, in the caller's language. */
@Controller("/api/v1")
@Secured({"SUPERVISOR", "OFFICER", "ADMIN"})
public class PeriodicReportController {
    private final PeriodicReportService reports;
    private final ProblemResponseProcessor languages;

    PeriodicReportController(PeriodicReportService reports, ProblemResponseProcessor languages) {
        this.reports = reports;
        this.languages = languages;
    }

    @Get("/report-periods")
    public List<PeriodInfo> periods(Caller caller, HttpRequest<?> request) {
        return reports.periods(caller, locale(request));
    }

    @Get("/reports/periodic/{periodCode}")
    public UnitPeriodReport report(
            Caller caller,
            HttpRequest<?> request,
            @PathVariable String periodCode,
            @QueryValue @Nullable String unitId) {
        return reports.report(caller, unit(unitId), periodCode, locale(request));
    }

    @Post("/reports/periodic/{periodCode}/submissions")
    public HttpResponse<Submission> submit(
            Caller caller,
            HttpRequest<?> request,
            @PathVariable String periodCode,
            @QueryValue @Nullable String unitId,
            @Body @Valid SubmitReport body) {
        return HttpResponse.created(reports.submit(caller, unit(unitId), periodCode, body, locale(request)));
    }

    @Post("/report-submissions/{id}/return")
    public Submission sendBack(
            Caller caller, HttpRequest<?> request, @PathVariable String id, @Body @Valid ReturnReport body) {
        return reports.sendBack(caller, Ids.parse("id", id), body, locale(request));
    }

    @Get("/reports/periodic/{periodCode}/units")
    public Overview overview(
            Caller caller,
            HttpRequest<?> request,
            @PathVariable String periodCode,
            @QueryValue @Nullable String unitId) {
        return reports.overview(caller, unit(unitId), periodCode, locale(request));
    }

    @Get(
            value = "/reports/periodic/{periodCode}/file",
            produces = {PeriodicReportService.XLSX_TYPE, PeriodicReportService.PDF_TYPE})
    public HttpResponse<byte[]> file(
            Caller caller,
            HttpRequest<?> request,
            @PathVariable String periodCode,
            @QueryValue @Nullable String format,
            @QueryValue @Nullable String unitId,
            @QueryValue @Nullable Integer version) {
        ReportFile f = reports.file(caller, unit(unitId), periodCode, version, format(format), locale(request));
        return HttpResponse.ok(f.bytes())
                .contentType(MediaType.of(f.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"");
    }

    private static Format format(@Nullable String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("xlsx")) {
            return Format.XLSX;
        }
        if (format.equalsIgnoreCase("pdf")) {
            return Format.PDF;
        }
        throw ApiException.badField("format", "must be xlsx or pdf");
    }

    private static @Nullable String unit(@Nullable String unitId) {
        return unitId == null || unitId.isBlank() ? null : Ids.parse("unitId", unitId);
    }

    private Locale locale(HttpRequest<?> request) {
        return languages.locale(request);
    }
}
