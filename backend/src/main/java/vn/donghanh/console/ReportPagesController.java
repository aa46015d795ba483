package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.report.periodic.PeriodicReportModels.Overview;
import vn.donghanh.report.periodic.PeriodicReportModels.PeriodInfo;
import vn.donghanh.report.periodic.PeriodicReportModels.ReturnReport;
import vn.donghanh.report.periodic.PeriodicReportModels.Standing;
import vn.donghanh.report.periodic.PeriodicReportModels.State;
import vn.donghanh.report.periodic.PeriodicReportModels.Submission;
import vn.donghanh.report.periodic.PeriodicReportModels.SubmitReport;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitPeriodReport;
import vn.donghanh.report.periodic.PeriodicReportService;
import vn.donghanh.security.Role;

/**
 * "Báo cáo định kỳ": the periodic reports, every page through {@link PeriodicReportService} (the
 * service behind the API's own endpoints) with the signed-in caller, so scope (an officer their
 * commune, a supervisor the units below them; anything else "not found"), the rules of submitting
 * and the audit are the API's. The periods ({@code /reports}); a commune's report with its figures,
 * how each is counted, the submit form and every frozen version ({@code /reports/{period}}); the
 * supervisor's communes and totals with "Trả lại" ({@code /reports/{period}/units}); and the files
 * ({@code /reports/{period}/files/xlsx|pdf}).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReportPagesController {
    private final PeriodicReportService reports;
    /** Who submitted or sent back a version: the service gives their account ids, the page their names. */
    private final AccountService accounts;

    private final Validator validator;
    private final ServiceTime time;

    public ReportPagesController(
            PeriodicReportService reports, AccountService accounts, Validator validator, ServiceTime time) {
        this.reports = reports;
        this.accounts = accounts;
        this.validator = validator;
        this.time = time;
    }

    // ---- the periods ----

    @Get(value = ReportViews.REPORTS, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> periods(HttpRequest<?> request, ConsoleSession session) {
        try {
            Locale locale = ConsoleMessages.localeOf(request);
            LocalDate today = time.today();
            boolean officer = session.caller().is(Role.OFFICER);
            List<Map<String, Object>> rows = new ArrayList<>();
            List<PeriodInfo> periods = new ArrayList<>(reports.periods(session.caller(), locale));
            // The periods running today first, the shortest of them (the six months before the year) at the
            // top as "the current period"; the rest as the service orders them, newest first.
            periods.sort(Comparator.comparing((PeriodInfo p) -> !runs(p, today))
                    .thenComparing(p -> runs(p, today) ? p.kind().ordinal() : 0));
            for (PeriodInfo p : periods) {
                Map<String, Object> row = ReportViews.period(p, today);
                row.put("current", rows.isEmpty() && runs(p, today));
                if (officer) {
                    Standing s = reports.standing(session.caller(), p.code());
                    row.put("state", ReportViews.state(s.state(), s.late(), s.submittedAt(), time.zone()));
                    row.put("href", ReportViews.reportPath(p.code()));
                } else {
                    row.put("href", ReportViews.unitsPath(p.code()));
                }
                rows.add(row);
            }
            Map<String, Object> model = ConsolePage.model(request, session);
            model.put("navCurrent", "reports");
            model.put("officer", officer);
            model.put("periods", rows);
            return ConsolePage.render("console/report-periods", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private static boolean runs(PeriodInfo p, LocalDate today) {
        return !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn());
    }

    // ---- one commune's report ----

    @Get(value = ReportViews.REPORTS + "/{period}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> report(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String period,
            @Nullable @QueryValue String unitId) {
        try {
            return reportPage(request, session, HttpStatus.OK, period, unitId, null);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** Submits the live figures as a new frozen version; a refusal is shown next to its field. */
    @Post(
            value = ReportViews.REPORTS + "/{period}/submissions",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> submit(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String period,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            ConsoleForm f = ConsoleForm.of(request, form);
            String unitId = f.text("unitId");
            var body = new SubmitReport(f.text("narrative"), f.text("correctionReason"));
            f.check(validator, body);
            Submission done = f.run(() -> {
                try {
                    return reports.submit(session.caller(), unitId, period, body, ConsoleMessages.localeOf(request));
                } catch (ApiException e) {
                    if (!reasonMissing(e)) {
                        throw e;
                    }
                    f.reject("correctionReason", e.getMessage());
                    return null;
                }
            });
            if (done != null) {
                // The top of the page: its status now says "Đã nộp ngày …", the new version is linked from there.
                return HttpResponse.seeOther(URI.create(ReportViews.withUnit(ReportViews.reportPath(period), unitId)));
            }
            HttpStatus status = f.errors().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return reportPage(request, session, status, period, unitId, f.model());
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** "Already submitted; a new version needs a correction reason": the officer's fix is the reason field. */
    private static boolean reasonMissing(ApiException e) {
        return e.status() == HttpStatus.CONFLICT
                && e.type() != null
                && e.type().endsWith("already-submitted")
                && e.getMessage().contains("correction reason");
    }

    private HttpResponse<?> reportPage(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            String period,
            String unitId,
            Map<String, Object> form) {
        Locale locale = ConsoleMessages.localeOf(request);
        ZoneId zone = time.zone();
        LocalDate today = time.today();
        UnitPeriodReport r = reports.report(session.caller(), unitId, period, locale);
        String code = r.period().code();
        // Links keep the unit only when the caller named one (a supervisor's look at a commune).
        String ownUnit = unitId == null ? null : r.unit().id();
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "reports");
        model.put("unit", ConsolePage.row("id", r.unit().id(), "name", r.unit().name()));
        model.put("unitId", ownUnit);
        model.put("period", ReportViews.period(r.period(), today));
        Submission current =
                r.versions().stream().filter(Submission::current).findFirst().orElse(null);
        model.put(
                "state", ReportViews.state(r.state(), r.late(), current == null ? null : current.submittedAt(), zone));
        model.put("canSubmit", r.canSubmit());
        model.put("liveAsOf", ConsoleFormat.date(r.liveAsOf()));
        model.put("sections", ReportViews.sections(r.live(), locale));
        Set<String> staff = new HashSet<>();
        for (Submission s : r.versions()) {
            staff.add(s.submittedBy());
            if (s.returnedBy() != null) {
                staff.add(s.returnedBy());
            }
        }
        Map<String, String> names = accounts.displayNamesOf(staff);
        model.put(
                "versions",
                r.versions().stream()
                        .map(s -> ReportViews.version(s, code, ownUnit, zone, locale, names))
                        .toList());
        boolean inForce = ReportViews.inForce(r) != null;
        model.put("inForce", inForce);
        model.put("correction", !r.versions().isEmpty());
        model.put("returned", r.state() == State.RETURNED);
        model.put("submitAction", ReportViews.reportPath(code) + "/submissions");
        model.put("xlsx", ReportViews.filePath(code, "xlsx", ownUnit, null));
        model.put("pdf", ReportViews.filePath(code, "pdf", ownUnit, null));
        model.put("listHref", ReportViews.REPORTS);
        model.put("overviewHref", session.caller().is(Role.OFFICER) ? null : ReportViews.unitsPath(code));
        // Shown the first time, a correction starts from the narrative of the newest version.
        model.put(
                "form",
                form != null
                        ? form
                        : ConsoleForm.blank(
                                r.versions().isEmpty()
                                        ? Map.of()
                                        : Map.of(
                                                "narrative", r.versions().get(0).narrative())));
        return ConsolePage.render(status, "console/report-unit", model);
    }

    // ---- the supervisor's communes ----

    @Get(value = ReportViews.REPORTS + "/{period}/units", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> units(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String period,
            @Nullable @QueryValue String unitId) {
        try {
            return unitsPage(request, session, HttpStatus.OK, period, unitId, ConsoleForm.blank(Map.of()), null);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * "Trả lại": sends a commune's version in force back with a comment. The form names the commune
     * (the overview lists communes, not submissions); the version is the one the service has in force.
     */
    @Post(
            value = ReportViews.REPORTS + "/{period}/returns",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> sendBack(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String period,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            Locale locale = ConsoleMessages.localeOf(request);
            ConsoleForm f = ConsoleForm.of(request, form);
            String communeId = f.text("communeId");
            String unitId = f.text("unitId");
            var body = new ReturnReport(f.text("comment"));
            f.check(validator, body);
            Submission returned = f.run(() -> {
                UnitPeriodReport r = reports.report(session.caller(), communeId, period, locale);
                Submission current = ReportViews.inForce(r);
                if (current == null) {
                    f.rejectForm(ConsoleMessages.forRequest(request).get("rpt.return.nothing"));
                    return null;
                }
                return reports.sendBack(session.caller(), current.id(), body, locale);
            });
            if (returned != null) {
                return HttpResponse.seeOther(
                        URI.create(ReportViews.withUnit(ReportViews.unitsPath(period), unitId) + "#communes"));
            }
            HttpStatus status = f.errors().isEmpty() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return unitsPage(request, session, status, period, unitId, f.model(), communeId);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private HttpResponse<?> unitsPage(
            HttpRequest<?> request,
            ConsoleSession session,
            HttpStatus status,
            String period,
            String unitId,
            Map<String, Object> form,
            String formFor) {
        Locale locale = ConsoleMessages.localeOf(request);
        ZoneId zone = time.zone();
        Overview o = reports.overview(session.caller(), unitId, period, locale);
        String code = o.period().code();
        String ownUnit = unitId == null ? null : o.unit().id();
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "reports");
        model.put(
                "unit",
                ConsolePage.row(
                        "id",
                        o.unit().id(),
                        "name",
                        o.unit().name(),
                        "level",
                        o.unit().level()));
        model.put("unitId", ownUnit);
        model.put("period", ReportViews.period(o.period(), time.today()));
        model.put(
                "counts",
                ConsolePage.row(
                        "communes", o.communes(),
                        "submitted", o.submitted(),
                        "late", o.late(),
                        "pending", o.pending()));
        model.put(
                "communes",
                o.units().stream().map(u -> ReportViews.commune(u, code, zone)).toList());
        model.put("totals", ReportViews.totals(o.totals(), locale));
        model.put("returnAction", ReportViews.reportPath(code) + "/returns");
        model.put("xlsx", ReportViews.filePath(code, "xlsx", ownUnit, null));
        model.put("pdf", ReportViews.filePath(code, "pdf", ownUnit, null));
        model.put("listHref", ReportViews.REPORTS);
        model.put("form", form);
        model.put("formFor", formFor);
        return ConsolePage.render(status, "console/report-units", model);
    }

    // ---- the files ----

    /** The report as Excel or PDF: a commune's (its version, or the one in force / live), or a unit's with its communes as rows. */
    @Get(value = ReportViews.REPORTS + "/{period}/files/{format}")
    public HttpResponse<?> file(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String period,
            @PathVariable String format,
            @Nullable @QueryValue String unitId,
            @Nullable @QueryValue Integer version) {
        try {
            PeriodicReportService.Format f =
                    switch (format) {
                        case "xlsx" -> PeriodicReportService.Format.XLSX;
                        case "pdf" -> PeriodicReportService.Format.PDF;
                        default -> throw ApiException.notFound();
                    };
            var file = reports.file(session.caller(), unitId, period, version, f, ConsoleMessages.localeOf(request));
            return ConsoleSheet.download(file.fileName(), file.bytes()).contentType(file.contentType());
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
