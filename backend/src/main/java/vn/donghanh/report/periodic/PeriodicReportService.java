package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.report.periodic.PeriodicReportModels.IndicatorValue;
import vn.donghanh.report.periodic.PeriodicReportModels.Overview;
import vn.donghanh.report.periodic.PeriodicReportModels.PeriodInfo;
import vn.donghanh.report.periodic.PeriodicReportModels.ReturnReport;
import vn.donghanh.report.periodic.PeriodicReportModels.State;
import vn.donghanh.report.periodic.PeriodicReportModels.Submission;
import vn.donghanh.report.periodic.PeriodicReportModels.SubmitReport;
import vn.donghanh.report.periodic.PeriodicReportModels.TotalValue;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitPeriodReport;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitRef;
import vn.donghanh.report.periodic.PeriodicReportModels.UnitStatus;
import vn.donghanh.report.periodic.ReportDocuments.CommuneLine;
import vn.donghanh.report.periodic.ReportStore.Frozen;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The periodic reports: periods, a unit's live figures and submitted versions, submitting (a frozen
 * version), sending back, the supervisor's overview, and the files. Officers see and submit only
 * their own commune's; supervisors (and admins) see units at or below their own. Every read and
 * write is audited; nothing in a report names a person.
 */
@Singleton
public class PeriodicReportService {
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF_TYPE = "application/pdf";

    /** A downloadable report: its bytes, content type and file name (with extension). */
    public record ReportFile(byte[] bytes, String contentType, String fileName) {}

    public enum Format {
        XLSX,
        PDF
    }

    private final ReportStore store;
    private final ReportCalculator calculator;
    private final ReportPeriods periods;
    private final AdminUnitService units;
    private final AccountService accounts;
    private final Notifier notifier;
    private final AuditLog audit;
    private final ServiceTime time;
    private final ReportDocuments documents;
    private final ReportXlsx xlsx;
    private final ReportPdf pdf;
    private final TrainingRows training;

    PeriodicReportService(
            ReportStore store,
            ReportCalculator calculator,
            ReportPeriods periods,
            AdminUnitService units,
            AccountService accounts,
            Notifier notifier,
            AuditLog audit,
            ServiceTime time,
            ReportDocuments documents,
            TrainingRows training,
            ReportXlsx xlsx,
            ReportPdf pdf) {
        this.store = store;
        this.calculator = calculator;
        this.periods = periods;
        this.units = units;
        this.accounts = accounts;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
        this.documents = documents;
        this.training = training;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    /** The unit and period a request is about, checked: in the caller's scope, asked for, begun. */
    private record Target(AdminUnitEntity unit, @Nullable String province, ReportPeriod period, LocalDate today) {
        boolean commune() {
            return AdminUnitLevel.valueOf(unit.level()) == AdminUnitLevel.COMMUNE;
        }

        /** The day the figures count to: the cut-off, or today while the period runs. */
        LocalDate asOf() {
            return period.endsOn().isBefore(today) ? period.endsOn() : today;
        }
    }

    /** The periods the caller's province asks for that have begun, newest first. */
    @Transactional(readOnly = true)
    public List<PeriodInfo> periods(Caller caller, Locale locale) {
        requireStaff(caller);
        AdminUnitEntity unit = units.unitsOf(List.of(caller.unitId())).get(caller.unitId());
        if (unit == null) {
            throw ApiException.notFound();
        }
        String province = provinceCode(unit);
        ReportWords words = ReportWords.of(locale);
        return periods.begunBy(province, time.today()).stream()
                .map(p -> info(p, province, words))
                .toList();
    }

    /**
     * Where the caller's own commune stands in a period: its state, whether it is late, and when the
     * newest version was submitted. No figures are counted (a list of periods needs only this).
     */
    @Transactional(readOnly = true)
    public PeriodicReportModels.Standing standing(Caller caller, String periodCode) {
        requireStaff(caller);
        Target t = target(caller, null, periodCode);
        List<Frozen> versions =
                t.commune() ? store.versions(t.unit().id(), t.period().code()) : List.of();
        Frozen newest = versions.isEmpty() ? null : versions.get(0);
        LocalDate deadline = periods.deadline(t.province(), t.period());
        return new PeriodicReportModels.Standing(
                stateOf(newest),
                t.commune() && late(newest, deadline, t.today()),
                newest == null ? null : offset(newest.row().submittedAt()));
    }

    /** A unit's report for a period (the caller's own unit when {@code unitId} is null). */
    @Transactional
    public UnitPeriodReport report(Caller caller, @Nullable String unitId, String periodCode, Locale locale) {
        requireStaff(caller);
        Target t = target(caller, unitId, periodCode);
        ReportWords words = ReportWords.of(locale);
        Figures live = live(t);
        List<Frozen> versions =
                t.commune() ? store.versions(t.unit().id(), t.period().code()) : List.of();
        LocalDate deadline = periods.deadline(t.province(), t.period());
        Frozen newest = versions.isEmpty() ? null : versions.get(0);
        boolean canSubmit = caller.is(Role.OFFICER)
                && t.unit().id().equals(caller.unitId())
                && t.commune()
                && !t.today().isBefore(periods.opensOn(t.province(), t.period()));
        audited(caller, AuditAction.REPORT_READ, t, null);
        List<Submission> views = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            views.add(view(versions.get(i), i == 0, words));
        }
        return new UnitPeriodReport(
                ref(t.unit()),
                info(t.period(), t.province(), words),
                stateOf(newest),
                // Only a commune submits: a unit above communes is never late itself (its overview says who is).
                t.commune() && late(newest, deadline, t.today()),
                canSubmit,
                t.asOf(),
                values(live, words),
                views);
    }

    /** Submits the live figures as a new frozen version (an officer, for their own commune). */
    @Transactional
    public Submission submit(
            Caller caller, @Nullable String unitId, String periodCode, SubmitReport body, Locale locale) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("only the commune's officers submit its report");
        }
        Target t = target(caller, unitId, periodCode);
        if (!t.commune()) {
            throw ApiException.unprocessable(
                    "not-a-commune", "reports are submitted by communes; units above them are added up", "unitId");
        }
        String narrative = strip(body == null ? null : body.narrative());
        if (narrative == null) {
            throw ApiException.badField("narrative", "is required");
        }
        String reason = strip(body.correctionReason());
        LocalDate opens = periods.opensOn(t.province(), t.period());
        if (t.today().isBefore(opens)) {
            throw ApiException.conflict(
                    "report-not-open", "the report is not open for submission until " + ReportWords.date(opens));
        }
        List<Frozen> versions = store.versions(t.unit().id(), t.period().code());
        Frozen newest = versions.isEmpty() ? null : versions.get(0);
        if (newest != null && !newest.row().returned() && reason == null) {
            throw ApiException.conflict(
                    "already-submitted",
                    "the report is already submitted (version " + newest.row().version()
                            + "); a new version needs a correction reason");
        }
        Figures figures = live(t);
        LocalDate deadline = periods.deadline(t.province(), t.period());
        Instant now = time.now();
        LocalDate submittedOn = t.today();
        ReportStore.Row row = new ReportStore.Row(
                UUID.randomUUID().toString(),
                t.unit().id(),
                t.period().code(),
                newest == null ? 1 : newest.row().version() + 1,
                now,
                caller.accountId(),
                deadline,
                submittedOn.isAfter(deadline),
                t.asOf(),
                narrative,
                reason,
                null,
                null,
                null,
                figures.helpMinutes());
        store.rememberPeriod(t.period(), now);
        if (!store.insert(row, figures)) {
            throw ApiException.conflict(
                    "already-submitted", "the report was submitted meanwhile; reload to see the newest version");
        }
        audited(caller, AuditAction.REPORT_SUBMIT, t, "v" + row.version());
        return view(store.frozen(row.id()).orElseThrow(), true, ReportWords.of(locale));
    }

    /** A supervisor sends the version in force back to its commune with a comment. */
    @Transactional
    public Submission sendBack(Caller caller, String submissionId, ReturnReport body, Locale locale) {
        if (!caller.is(Role.SUPERVISOR, Role.ADMIN)) {
            throw ApiException.forbidden("only supervisors send a report back");
        }
        String comment = strip(body == null ? null : body.comment());
        if (comment == null) {
            throw ApiException.badField("comment", "is required");
        }
        ReportStore.Row row = store.findForUpdate(submissionId).orElseThrow(ApiException::notFound);
        AdminUnitEntity unit = units.unitsOf(List.of(row.unitId())).get(row.unitId());
        if (unit == null || !unit.path().startsWith(caller.unitPath())) {
            throw ApiException.notFound();
        }
        if (row.version() != store.newestVersion(row.unitId(), row.periodCode())) {
            throw ApiException.conflict("not-current-version", "only the newest version of a report can be sent back");
        }
        if (row.returned() || !store.sendBack(row.id(), caller.accountId(), time.now(), comment)) {
            throw ApiException.conflict("already-returned", "the report was already sent back");
        }
        ReportPeriod period = store.period(row.periodCode()).orElseThrow();
        String periodWords = ReportWords.of(Locale.forLanguageTag("vi")).periodInSentence(period);
        for (AccountEntity officer : accounts.activeOfficersIn(List.of(unit.id()))) {
            notifier.notify(
                    officer.id(),
                    NotificationText.REPORT_RETURNED,
                    Notifier.Priority.NORMAL,
                    null,
                    row.id(),
                    "report-returned:" + row.id() + ":" + officer.id(),
                    periodWords);
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.REPORT_RETURN, null, "unit:" + unit.id(), row.periodCode() + " v" + row.version()));
        return view(store.frozen(row.id()).orElseThrow(), true, ReportWords.of(locale));
    }

    /** The communes below a unit for a period: who has submitted, who is late, and the totals. */
    @Transactional
    public Overview overview(Caller caller, @Nullable String unitId, String periodCode, Locale locale) {
        requireStaff(caller);
        Target t = target(caller, unitId, periodCode);
        ReportWords words = ReportWords.of(locale);
        Board b = board(t);
        List<UnitStatus> statuses = new ArrayList<>();
        int submitted = 0;
        int late = 0;
        for (Line l : b.lines()) {
            statuses.add(new UnitStatus(
                    ref(l.unit()),
                    l.state(),
                    l.late(),
                    l.newest() == null ? null : l.newest().row().version(),
                    l.newest() == null ? null : offset(l.newest().row().submittedAt())));
            submitted += l.state() == State.SUBMITTED ? 1 : 0;
            late += l.late() ? 1 : 0;
        }
        List<TotalValue> totals = new ArrayList<>();
        Figures all = b.inForce().plus(b.liveRest());
        for (Indicator i : Indicator.values()) {
            totals.add(new TotalValue(
                    i,
                    i.number(),
                    words.label(i),
                    words.measure(i),
                    b.inForce().value(i),
                    b.liveRest().value(i),
                    all.value(i)));
        }
        audited(caller, AuditAction.REPORT_READ, t, "overview");
        return new Overview(
                ref(t.unit()),
                info(t.period(), t.province(), words),
                b.lines().size(),
                submitted,
                late,
                b.lines().size() - submitted,
                statuses,
                totals);
    }

    /**
     * The report as a file: a commune's version ({@code version} null: the one in force, or the live
     * figures when none), or a unit above communes with its communes as rows.
     */
    @Transactional
    public ReportFile file(
            Caller caller,
            @Nullable String unitId,
            String periodCode,
            @Nullable Integer version,
            Format format,
            Locale locale) {
        requireStaff(caller);
        Target t = target(caller, unitId, periodCode);
        ReportWords words = ReportWords.of(locale);
        ReportDocument doc;
        String detail;
        if (t.commune()) {
            List<Frozen> versions = store.versions(t.unit().id(), t.period().code());
            Frozen chosen;
            if (version != null) {
                chosen = versions.stream()
                        .filter(v -> v.row().version() == version)
                        .findFirst()
                        .orElseThrow(ApiException::notFound);
            } else {
                chosen = versions.isEmpty() || versions.get(0).row().returned() ? null : versions.get(0);
            }
            if (chosen == null) {
                doc = documents.commune(words, t.unit(), t.period(), live(t), t.asOf(), null, t.today(), t.today());
                detail = "live";
            } else {
                ReportStore.Row r = chosen.row();
                doc = documents.commune(
                        words,
                        t.unit(),
                        t.period(),
                        chosen.figures(),
                        r.figuresAsOf(),
                        r,
                        day(r.submittedAt()),
                        t.today());
                detail = "v" + r.version();
            }
        } else {
            Board b = board(t);
            List<CommuneLine> lines = new ArrayList<>();
            int submitted = 0;
            for (Line l : b.lines()) {
                boolean inForce = l.state() == State.SUBMITTED;
                submitted += inForce ? 1 : 0;
                lines.add(new CommuneLine(
                        l.unit().name(),
                        l.state(),
                        l.late(),
                        l.newest() == null ? null : day(l.newest().row().submittedAt()),
                        l.figures()));
            }
            doc = documents.above(
                    words, t.unit(), t.period(), b.inForce().plus(b.liveRest()), t.asOf(), lines, submitted, t.today());
            detail = "overview";
        }
        doc = training.appendTo(doc, t.unit().id(), words); // issue 17: who completed which course
        byte[] bytes = format == Format.XLSX ? xlsx.render(doc) : pdf.render(doc);
        audited(caller, AuditAction.REPORT_DOWNLOAD, t, detail + " " + format.name());
        return format == Format.XLSX
                ? new ReportFile(bytes, XLSX_TYPE, doc.fileName() + ".xlsx")
                : new ReportFile(bytes, PDF_TYPE, doc.fileName() + ".pdf");
    }

    // ---------------------------------------------------------------------------------------------

    /** One commune on a unit's board: its newest version, its state, and the figures that count for it. */
    private record Line(AdminUnitEntity unit, @Nullable Frozen newest, State state, boolean late, Figures figures) {}

    /** Every commune below a unit, and the sums of the versions in force and of the others' live figures. */
    private record Board(List<Line> lines, Figures inForce, Figures liveRest) {}

    /** Three queries and one calculation whatever the number of communes. */
    private Board board(Target t) {
        List<AdminUnit> communes = units.communesUnder(t.unit().path());
        Map<String, AdminUnitEntity> byId =
                units.unitsOf(communes.stream().map(AdminUnit::id).toList());
        Map<String, Frozen> newest =
                store.newestBelow(units.idsUnder(t.unit().path()), t.period().code());
        Map<String, Figures> live = calculator.byCommune(t.unit().path(), t.period(), t.asOf());
        LocalDate deadline = periods.deadline(t.province(), t.period());
        List<Line> lines = new ArrayList<>();
        List<Figures> frozen = new ArrayList<>();
        List<Figures> rest = new ArrayList<>();
        for (AdminUnit c : communes) {
            Frozen n = newest.get(c.id());
            State state = stateOf(n);
            Figures f;
            if (state == State.SUBMITTED) {
                f = n.figures();
                frozen.add(f);
            } else {
                f = live.getOrDefault(c.id(), new Figures());
                rest.add(f);
            }
            lines.add(new Line(byId.get(c.id()), n, state, late(n, deadline, t.today()), f));
        }
        return new Board(lines, Figures.sum(frozen), Figures.sum(rest));
    }

    private Target target(Caller caller, @Nullable String unitId, String periodCode) {
        String id = unitId == null || unitId.isBlank() ? caller.unitId() : unitId;
        if (caller.is(Role.OFFICER) && !id.equals(caller.unitId())) {
            throw ApiException.notFound();
        }
        AdminUnitEntity unit = units.unitsOf(List.of(id)).get(id);
        if (unit == null || !unit.path().startsWith(caller.unitPath())) {
            throw ApiException.notFound();
        }
        String province = provinceCode(unit);
        ReportPeriod configured = periods.parse(periodCode)
                .filter(p -> periods.asksFor(province, p))
                .orElseThrow(PeriodicReportService::noSuchPeriod);
        ReportPeriod period = store.period(configured.code()).orElse(configured);
        LocalDate today = time.today();
        if (period.startsOn().isAfter(today)) {
            throw ApiException.unprocessable("future-period", "the reporting period has not begun yet", "periodCode");
        }
        return new Target(unit, province, period, today);
    }

    static ApiException noSuchPeriod() {
        return new ApiException(
                HttpStatus.NOT_FOUND,
                "no-such-period",
                "no such reporting period",
                List.of(new ApiException.FieldError("periodCode", "no such reporting period")));
    }

    /** The admin-unit code of the province the unit lies in (its own for a province); null above provinces. */
    private @Nullable String provinceCode(AdminUnitEntity unit) {
        if (AdminUnitLevel.valueOf(unit.level()) == AdminUnitLevel.PROVINCE) {
            return unit.code();
        }
        String[] steps = unit.path().split("/");
        // "/<nation>/<province>/…/" splits into "", nation, province, …
        if (steps.length <= 2) {
            return null;
        }
        AdminUnitEntity p = units.unitsOf(List.of(steps[2])).get(steps[2]);
        return p != null && AdminUnitLevel.valueOf(p.level()) == AdminUnitLevel.PROVINCE ? p.code() : null;
    }

    private Figures live(Target t) {
        Map<String, Figures> byCommune = calculator.byCommune(t.unit().path(), t.period(), t.asOf());
        if (t.commune()) {
            return byCommune.getOrDefault(t.unit().id(), new Figures());
        }
        return Figures.sum(byCommune.values());
    }

    private static State stateOf(@Nullable Frozen newest) {
        if (newest == null) {
            return State.NOT_SUBMITTED;
        }
        return newest.row().returned() ? State.RETURNED : State.SUBMITTED;
    }

    /** Submitted after the deadline, or the deadline passed with no version in force. */
    private static boolean late(@Nullable Frozen newest, LocalDate deadline, LocalDate today) {
        if (newest != null && !newest.row().returned()) {
            return newest.row().late();
        }
        return today.isAfter(deadline);
    }

    private static void requireStaff(Caller caller) {
        if (!caller.is(Role.OFFICER, Role.SUPERVISOR, Role.ADMIN)) {
            throw ApiException.forbidden("periodic reports are for officers and supervisors");
        }
    }

    private void audited(Caller caller, AuditAction action, Target t, @Nullable String detail) {
        audit.append(AuditEntry.of(
                caller,
                action,
                null,
                "unit:" + t.unit().id(),
                t.period().code() + (detail == null ? "" : " " + detail)));
    }

    private PeriodInfo info(ReportPeriod p, @Nullable String province, ReportWords words) {
        return new PeriodInfo(
                p.code(),
                p.kind(),
                p.year(),
                p.index(),
                p.startsOn(),
                p.endsOn(),
                periods.deadline(province, p),
                periods.opensOn(province, p),
                words.period(p));
    }

    private Submission view(Frozen f, boolean current, ReportWords words) {
        ReportStore.Row r = f.row();
        return new Submission(
                r.id(),
                r.version(),
                current,
                offset(r.submittedAt()),
                r.submittedBy(),
                r.late(),
                r.figuresAsOf(),
                r.narrative(),
                r.correctionReason(),
                r.returnedAt() == null ? null : offset(r.returnedAt()),
                r.returnedBy(),
                r.returnComment(),
                values(f.figures(), words));
    }

    static List<IndicatorValue> values(Figures f, ReportWords words) {
        return Arrays.stream(Indicator.values())
                .map(i -> new IndicatorValue(
                        i, i.number(), words.label(i), words.measure(i), words.definition(i), f.value(i)))
                .toList();
    }

    private static UnitRef ref(AdminUnitEntity u) {
        return new UnitRef(u.id(), u.code(), u.name(), u.level());
    }

    private OffsetDateTime offset(Instant at) {
        ZoneId zone = time.zone();
        return at.atZone(zone).toOffsetDateTime();
    }

    private LocalDate day(Instant at) {
        return at.atZone(time.zone()).toLocalDate();
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
