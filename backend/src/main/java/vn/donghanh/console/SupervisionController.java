package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.report.UnitReport;
import vn.donghanh.report.UnitReportService;

/**
 * "Giám sát": a supervisor's units, from their province down to a commune, each with its cases by
 * status, mentor coverage, compliance, alerts, time to the first human action and reintegration —
 * {@code report/UnitReportService}, built on the commune summary the API's supervisors read
 * ({@code GET /api/v1/reports/commune-summary}). Counts only: no person is named on these pages.
 * A unit outside the supervisor's is "not found"; an officer or mentor is refused.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class SupervisionController {
    /** The statuses in the order the table shows them. */
    static final List<CaseStatus> STATUSES = List.of(CaseStatus.values());

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final UnitReportService reports;

    public SupervisionController(UnitReportService reports) {
        this.reports = reports;
    }

    @Get(value = ConsolePaths.SUPERVISION, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, ConsoleSession session, @QueryValue @Nullable String unit) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "supervision");
        try {
            UnitReport.Report report = reports.report(session.caller(), unitId(unit));
            Locale locale = ConsoleMessages.localeOf(request);
            ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
            model.put("unitName", report.unit().name());
            model.put("unitLevel", report.unit().level().name());
            model.put(
                    "trail",
                    report.trail().stream()
                            .map(u -> ConsolePage.row("name", u.name(), "href", ConsolePaths.supervisionOf(u.id())))
                            .toList());
            model.put("statuses", STATUSES.stream().map(Enum::name).toList());
            Map<String, Object> total = figures(report.total(), locale);
            List<Map<String, Object>> below =
                    report.below().stream().map(f -> figures(f, locale)).toList();
            model.put("total", total);
            model.put("below", below);
            // A commune has no units below it: its table is its own row.
            model.put("rows", below.isEmpty() ? List.of(total) : below);
            model.put("belowLevel", belowLevel(report));
            model.put(
                    "sheetHref",
                    ConsolePaths.SUPERVISION_SHEET + "?unit=" + report.unit().id());

            List<TrendChart.Point> points = new ArrayList<>();
            List<Map<String, Object>> months = new ArrayList<>();
            for (UnitReport.Month m : report.trend()) {
                String label = MONTH.format(m.month());
                points.add(new TrendChart.Point(label, m.active(), m.compliancePercent()));
                months.add(ConsolePage.row(
                        "label", label,
                        "active", OversightFormat.number(m.active(), locale),
                        "expected", OversightFormat.number(m.expected(), locale),
                        "satisfied", OversightFormat.number(m.satisfied(), locale),
                        "compliance", OversightFormat.percent(m.compliancePercent(), locale),
                        "movedIn", OversightFormat.number(m.movedIn(), locale),
                        "movedOut", OversightFormat.number(m.movedOut(), locale)));
            }
            String first = points.get(0).label();
            String last = points.get(points.size() - 1).label();
            model.put("trend", months);
            model.put(
                    "chart",
                    TrendChart.svg(
                            "trend",
                            new TrendChart.Words(
                                    fill(
                                            words.get("ovs.chart.title"),
                                            report.unit().name()),
                                    fill(
                                            words.get("ovs.chart.desc"),
                                            report.unit().name(),
                                            first,
                                            last),
                                    words.get("ovs.chart.active"),
                                    words.get("ovs.chart.compliance")),
                            points,
                            n -> OversightFormat.number(n, locale)));
            return ConsolePage.render("console/supervision", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** The table of the page as an .xlsx: the units below (or the commune itself), then the total. */
    @Get(value = ConsolePaths.SUPERVISION_SHEET)
    public HttpResponse<?> sheet(HttpRequest<?> request, ConsoleSession session, @QueryValue @Nullable String unit) {
        try {
            UnitReport.Report report = reports.report(session.caller(), unitId(unit));
            ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
            List<String> headers = new ArrayList<>();
            headers.add(words.get("ovs.col.unit"));
            headers.add(words.get("ovs.col.code"));
            STATUSES.forEach(s -> headers.add(words.get("status." + s.name())));
            for (String key : List.of(
                    "ovs.col.withMentor",
                    "ovs.col.coverage",
                    "ovs.col.expected",
                    "ovs.col.satisfied",
                    "ovs.col.compliance",
                    "ovs.col.overdue",
                    "ovs.col.alerts",
                    "ovs.col.firstActionMinutes",
                    "ovs.col.working",
                    "ovs.col.workingShare")) {
                headers.add(words.get(key));
            }
            List<List<Object>> rows = new ArrayList<>();
            for (UnitReport.Figures f : report.below()) {
                rows.add(sheetRow(f, f.unit().name()));
            }
            rows.add(sheetRow(
                    report.total(), fill(words.get("ovs.total"), report.unit().name())));
            byte[] bytes = ConsoleSheet.write(words.get("ovs.sheet.name"), headers, rows);
            return ConsoleSheet.download(
                    fill(words.get("ovs.sheet.file"), report.unit().name()) + ".xlsx", bytes);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private static List<Object> sheetRow(UnitReport.Figures f, String name) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(f.unit().code());
        STATUSES.forEach(s -> row.add(f.byStatus().getOrDefault(s, 0L)));
        row.add(f.activeWithMentor());
        row.add(f.mentorCoveragePercent());
        row.add(f.expectedThisMonth());
        row.add(f.satisfiedThisMonth());
        row.add(f.compliancePercentThisMonth());
        row.add(f.overdueCases());
        row.add(f.alertsThisMonth());
        row.add(f.medianMinutesToFirstAction());
        row.add(f.employedOrInTraining());
        row.add(f.employedOrInTrainingPercent());
        return row;
    }

    /** One table row: every figure already formatted for the page's language. */
    private static Map<String, Object> figures(UnitReport.Figures f, Locale locale) {
        List<String> byStatus = STATUSES.stream()
                .map(s -> OversightFormat.number(f.byStatus().getOrDefault(s, 0L), locale))
                .toList();
        ConsoleFormat.Span first = OversightFormat.minutes(f.medianMinutesToFirstAction());
        return ConsolePage.row(
                "id", f.unit().id(),
                "name", f.unit().name(),
                "level", f.unit().level().name(),
                "href", ConsolePaths.supervisionOf(f.unit().id()),
                "byStatus", byStatus,
                "withMentor", OversightFormat.number(f.activeWithMentor(), locale),
                "coverage", OversightFormat.percent(f.mentorCoveragePercent(), locale),
                "expected", OversightFormat.number(f.expectedThisMonth(), locale),
                "satisfied", OversightFormat.number(f.satisfiedThisMonth(), locale),
                "compliance", OversightFormat.percent(f.compliancePercentThisMonth(), locale),
                "overdue", OversightFormat.number(f.overdueCases(), locale),
                "alerts", OversightFormat.number(f.alertsThisMonth(), locale),
                "firstKey", first.key(),
                "firstValue", first.value(),
                "working", OversightFormat.number(f.employedOrInTraining(), locale),
                "workingShare", OversightFormat.percent(f.employedOrInTrainingPercent(), locale),
                "communes", OversightFormat.number(f.communes(), locale));
    }

    /** The level the "below" table lists (its heading), from the first unit in it; null when none. */
    private static String belowLevel(UnitReport.Report report) {
        if (report.unit().level() == AdminUnitLevel.COMMUNE || report.below().isEmpty()) {
            return null;
        }
        boolean allCommunes = report.below().stream().allMatch(f -> f.unit().level() == AdminUnitLevel.COMMUNE);
        return allCommunes ? AdminUnitLevel.COMMUNE.name() : "MIXED";
    }

    private static String unitId(String unit) {
        return unit == null || unit.isBlank() ? null : Ids.parse("unit", unit.strip());
    }

    static String fill(String template, String... values) {
        String out = template;
        for (int i = 0; i < values.length; i++) {
            out = out.replace("{" + i + "}", values[i]);
        }
        return out;
    }
}
