package vn.donghanh.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donghanh.report.periodic.Indicator;
import vn.donghanh.report.periodic.PeriodicReportModels.IndicatorValue;
import vn.donghanh.report.periodic.PeriodicReportModels.PeriodInfo;
import vn.donghanh.report.periodic.PeriodicReportModels.State;
import vn.donghanh.report.periodic.PeriodicReportModels.Submission;
import vn.donghanh.report.periodic.PeriodicReportModels.TotalValue;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitPeriodReport;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitStatus;
import vn.donghanh.report.periodic.ReportWords;

/**
 * The periodic report's models as the console's templates read them: plain maps of strings, dates
 * as dd/MM/yyyy, a figure of nothing as "—". The words of the report itself (indicator labels,
 * units of measure, definitions, the period's name) come already worded from the service; the four
 * section headings are read from the same catalogue the files print ({@code i18n/report_*}), so the
 * page and the Excel say the same.
 */
final class ReportViews {
    static final String REPORTS = ConsolePaths.REPORTS;
    private static final String NONE = "—";

    private ReportViews() {}

    static String reportPath(String period) {
        return REPORTS + "/" + period;
    }

    static String unitsPath(String period) {
        return reportPath(period) + "/units";
    }

    static String withUnit(String path, String unitId) {
        return unitId == null ? path : path + "?unitId=" + unitId;
    }

    /** A download of the report: {@code format} xlsx or pdf; {@code version} null for the one in force (or live). */
    static String filePath(String period, String format, String unitId, Integer version) {
        StringBuilder s =
                new StringBuilder(reportPath(period)).append("/files/").append(format);
        String sep = "?";
        if (unitId != null) {
            s.append(sep).append("unitId=").append(unitId);
            sep = "&";
        }
        if (version != null) {
            s.append(sep).append("version=").append(version);
        }
        return s.toString();
    }

    /**
     * How the deadline stands today, as a message key and its number of days: "rpt.deadline.left"
     * (còn N ngày), "rpt.deadline.today" (hôm nay), "rpt.deadline.overdue" (quá hạn N ngày).
     */
    static Map<String, Object> deadline(LocalDate deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        String key = days > 0 ? "rpt.deadline.left" : days == 0 ? "rpt.deadline.today" : "rpt.deadline.overdue";
        return ConsolePage.row(
                "date", ConsoleFormat.date(deadline), "key", key, "days", Math.abs(days), "past", days < 0);
    }

    static Map<String, Object> period(PeriodInfo p, LocalDate today) {
        return ConsolePage.row(
                "code", p.code(),
                "label", p.label(),
                "kind", p.kind().name(),
                "startsOn", ConsoleFormat.date(p.startsOn()),
                "endsOn", ConsoleFormat.date(p.endsOn()),
                "opensOn", ConsoleFormat.date(p.opensOn()),
                "notOpenYet", today.isBefore(p.opensOn()),
                "current", !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn()),
                "deadline", deadline(p.deadline(), today));
    }

    /**
     * Where a unit's report stands, in words' keys: "rpt.state.SUBMITTED" with the day the version
     * in force was submitted, "rpt.state.RETURNED", "rpt.state.NOT_SUBMITTED"; {@code late} apart.
     */
    static Map<String, Object> state(State state, boolean late, OffsetDateTime submittedAt, ZoneId zone) {
        String on = submittedAt == null
                ? ""
                : ConsoleFormat.date(submittedAt.atZoneSameInstant(zone).toLocalDate());
        return ConsolePage.row("name", state.name(), "key", "rpt.state." + state.name(), "on", on, "late", late);
    }

    /** The indicators grouped under their section headings, in print order. */
    static List<Map<String, Object>> sections(List<IndicatorValue> values, Locale locale) {
        Map<Indicator.Section, List<Map<String, Object>>> bySection = new EnumMap<>(Indicator.Section.class);
        for (IndicatorValue v : values) {
            bySection
                    .computeIfAbsent(v.indicator().section(), s -> new ArrayList<>())
                    .add(ConsolePage.row(
                            "name", v.indicator().name(),
                            "number", v.number(),
                            "label", v.label(),
                            "measure", v.measure(),
                            "definition", v.definition(),
                            "sub", v.indicator().isSubRow(),
                            "value", figure(v.value(), locale)));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        bySection.forEach(
                (section, rows) -> out.add(ConsolePage.row("title", sectionTitle(section, locale), "rows", rows)));
        return out;
    }

    static List<Map<String, Object>> totals(List<TotalValue> totals, Locale locale) {
        return totals.stream()
                .map(t -> ConsolePage.row(
                        "name", t.indicator().name(),
                        "number", t.number(),
                        "label", t.label(),
                        "measure", t.measure(),
                        "sub", t.indicator().isSubRow(),
                        "submitted", figure(t.submitted(), locale),
                        "live", figure(t.liveUnsubmitted(), locale),
                        "total", figure(t.total(), locale)))
                .toList();
    }

    /** {@code names}: staff display names by account id (the service names who submitted and returned by id). */
    static Map<String, Object> version(
            Submission s, String period, String unitId, ZoneId zone, Locale locale, Map<String, String> names) {
        return ConsolePage.row(
                "id", s.id(),
                "version", s.version(),
                "current", s.current(),
                "submittedAt", ConsoleFormat.dateTime(s.submittedAt(), zone),
                "submittedBy", names.getOrDefault(s.submittedBy(), s.submittedBy()),
                "late", s.late(),
                "asOf", ConsoleFormat.date(s.figuresAsOf()),
                "narrative", s.narrative(),
                "reason", s.correctionReason(),
                "returnedAt", s.returnedAt() == null ? null : ConsoleFormat.dateTime(s.returnedAt(), zone),
                "returnedBy", s.returnedBy() == null ? null : names.getOrDefault(s.returnedBy(), s.returnedBy()),
                "returnComment", s.returnComment(),
                "sections", sections(s.figures(), locale),
                "xlsx", filePath(period, "xlsx", unitId, s.version()),
                "pdf", filePath(period, "pdf", unitId, s.version()));
    }

    static Map<String, Object> commune(UnitStatus u, String period, ZoneId zone) {
        return ConsolePage.row(
                "id", u.unit().id(),
                "name", u.unit().name(),
                "state", u.state().name(),
                "stateKey", "rpt.state." + u.state().name(),
                "late", u.late(),
                "version", u.version(),
                "submittedAt", u.submittedAt() == null ? null : ConsoleFormat.dateTime(u.submittedAt(), zone),
                "href", withUnit(reportPath(period), u.unit().id()));
    }

    /** The version in force (the newest, unless it was sent back), or null. */
    static Submission inForce(UnitPeriodReport r) {
        return r.state() == State.SUBMITTED
                ? r.versions().stream().filter(Submission::current).findFirst().orElse(null)
                : null;
    }

    static String figure(Long value, Locale locale) {
        return value == null ? NONE : ConsoleFormat.number(value, locale);
    }

    /** A section's heading, from the report's own catalogue in the caller's language. */
    static String sectionTitle(Indicator.Section section, Locale locale) {
        return ReportWords.of(locale).section(section);
    }
}
