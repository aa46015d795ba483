package vn.donghanh.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.SqlLists;
import vn.donghanh.report.CommuneSummaryService.CommuneFigures;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.transfer.TransferService;

/**
 * The supervisor's drill-down (the console's "Giám sát"): the figures of a unit at or below the
 * caller's own and of each unit directly below it, built from the commune summary's per-commune
 * figures (so a commune's row is the API's commune summary for it), and a monthly trend. A unit
 * outside the caller's unit is "not found", as a record out of scope is everywhere.
 */
@Singleton
public class UnitReportService {
    /** Months in the trend, the current one last. */
    public static final int MONTHS = 12;

    private static final int CHUNK = ComplianceService.CHUNK;

    private final CaseCountsStore counts;
    private final CommuneSummaryService summaries;
    private final AdminUnitService units;
    private final CaseService cases;
    private final ComplianceService compliance;
    private final TransferService transfers;
    private final Clock clock;
    private final ZoneId zone;

    public UnitReportService(
            CaseCountsStore counts,
            CommuneSummaryService summaries,
            AdminUnitService units,
            CaseService cases,
            ComplianceService compliance,
            TransferService transfers,
            ServiceTime time) {
        this.counts = counts;
        this.summaries = summaries;
        this.units = units;
        this.cases = cases;
        this.compliance = compliance;
        this.transfers = transfers;
        this.clock = time.clock();
        this.zone = time.zone();
    }

    /**
     * The report of {@code unitId} (the caller's own unit when null). Supervisors see their unit and
     * below; an admin, whose unit is the nation, every unit. Aggregates only.
     */
    @Transactional(readOnly = true)
    public UnitReport.Report report(Caller caller, @Nullable String unitId) {
        if (!caller.is(Role.SUPERVISOR, Role.ADMIN)) {
            throw ApiException.forbidden("only supervisors and admins see the units' reports");
        }
        String id = unitId == null ? caller.unitId() : unitId;
        AdminUnitEntity shown = units.unitsOf(List.of(id)).get(id);
        if (shown == null || !shown.path().startsWith(caller.unitPath())) {
            throw ApiException.notFound();
        }
        List<CommuneFigures> figures = summaries.figures(counts.byCommune(shown.path()), shown.path());
        Map<String, AdminUnitEntity> communeUnits = units.unitsOf(
                figures.stream().map(f -> f.counts().adminUnitId()).toList());

        // Each commune is added to the unit directly below the shown one that holds it.
        Map<String, List<CommuneFigures>> byChild = new LinkedHashMap<>();
        for (AdminUnit child : units.list(shown.id())) {
            byChild.put(child.id(), new ArrayList<>());
        }
        for (CommuneFigures f : figures) {
            AdminUnitEntity commune = communeUnits.get(f.counts().adminUnitId());
            String rest = commune.path().substring(shown.path().length());
            if (!rest.isEmpty()) {
                byChild.computeIfAbsent(rest.substring(0, rest.indexOf('/')), k -> new ArrayList<>())
                        .add(f);
            }
        }
        Map<String, AdminUnitEntity> childUnits = units.unitsOf(byChild.keySet());
        List<UnitReport.Figures> below = new ArrayList<>();
        byChild.forEach((childId, list) -> below.add(add(unit(childUnits.get(childId)), list)));

        return new UnitReport.Report(
                unit(shown), trail(caller, shown), add(unit(shown), figures), below, trend(shown.path()));
    }

    /** The units from the caller's own down to the parent of {@code shown}, top first. */
    private List<UnitReport.Unit> trail(Caller caller, AdminUnitEntity shown) {
        List<String> lineage = new ArrayList<>(units.lineage(shown.id()));
        Collections.reverse(lineage);
        Map<String, AdminUnitEntity> byId = units.unitsOf(lineage);
        List<UnitReport.Unit> out = new ArrayList<>();
        for (String unitId : lineage) {
            AdminUnitEntity u = byId.get(unitId);
            if (u != null && !u.id().equals(shown.id()) && u.path().startsWith(caller.unitPath())) {
                out.add(unit(u));
            }
        }
        return out;
    }

    /** The communes' figures added up, with the shares and the median taken of the sums. */
    static UnitReport.Figures add(UnitReport.Unit unit, List<CommuneFigures> communes) {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0L);
        }
        long withMentor = 0;
        long expected = 0;
        long satisfied = 0;
        long overdue = 0;
        long underManagement = 0;
        long working = 0;
        long alerts = 0;
        List<Long> minutes = new ArrayList<>();
        for (CommuneFigures f : communes) {
            f.counts().byStatus().forEach((s, n) -> byStatus.merge(s, n, Long::sum));
            withMentor += f.counts().activeWithMentor();
            expected += f.expected();
            satisfied += f.satisfied();
            overdue += f.overdue();
            underManagement += f.underManagement();
            working += f.working();
            alerts += f.alerts();
            minutes.addAll(f.responseMinutes());
        }
        Collections.sort(minutes);
        return new UnitReport.Figures(
                unit,
                byStatus,
                withMentor,
                CommuneSummaryService.percent(withMentor, byStatus.get(CaseStatus.ACTIVE)),
                expected,
                satisfied,
                CommuneSummaryService.percent(satisfied, expected),
                overdue,
                alerts,
                CommuneSummaryService.median(minutes),
                working,
                CommuneSummaryService.percent(working, underManagement),
                communes.size());
    }

    /**
     * The last {@link #MONTHS} months of every case registered at or below the unit, whatever its
     * status now (a case closed in May was active in April): the cases active at each month's end
     * from their status history, and each month's expected and satisfied check-ins from the plans
     * and check-ins, as the compliance of a case computes them. A chunk of cases at a time.
     */
    private List<UnitReport.Month> trend(String shownPath) {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        List<YearMonth> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        long[] active = new long[MONTHS];
        long[] expected = new long[MONTHS];
        long[] satisfied = new long[MONTHS];
        for (List<String> chunk : SqlLists.chunks(cases.idsRegisteredUnder(shownPath), CHUNK)) {
            Map<String, ZoneId> zones = cases.zonesOf(chunk);
            Map<String, List<CaseQueries.StatusChange>> history = cases.statusChanges(chunk);
            List<ComplianceService.CaseRef> refs = new ArrayList<>();
            for (String caseId : chunk) {
                ZoneId caseZone = zones.getOrDefault(caseId, zone);
                refs.add(new ComplianceService.CaseRef(caseId, null, null, caseZone));
                LocalDate today = LocalDate.now(clock.withZone(caseZone));
                List<CaseQueries.StatusChange> changes = history.getOrDefault(caseId, List.of());
                for (int i = 0; i < MONTHS; i++) {
                    YearMonth m = months.get(i);
                    LocalDate at = m.equals(YearMonth.from(today)) ? today : m.atEndOfMonth();
                    if (statusOn(changes, at) == CaseStatus.ACTIVE) {
                        active[i]++;
                    }
                }
            }
            for (int i = 0; i < MONTHS; i++) {
                YearMonth m = months.get(i);
                Map<String, List<CheckinModels.PlanCompliance>> results =
                        compliance.evaluate(refs, m.atDay(1), m.plusMonths(1).atDay(1), null);
                for (List<CheckinModels.PlanCompliance> plans : results.values()) {
                    for (CheckinModels.PlanCompliance p : plans) {
                        expected[i] += p.expected();
                        satisfied[i] += p.satisfied();
                    }
                }
            }
        }
        long[] movedIn = new long[MONTHS];
        long[] movedOut = new long[MONTHS];
        Instant first = months.get(0).atDay(1).atStartOfDay(zone).toInstant();
        for (TransferService.Move m :
                transfers.acceptedMoves(first, clock.instant().plusSeconds(1))) {
            boolean wasIn = m.fromPath().startsWith(shownPath);
            boolean isIn = m.toPath().startsWith(shownPath);
            if (wasIn == isIn) {
                continue; // a move inside the unit (or far from it) changes nothing here
            }
            int i = months.indexOf(YearMonth.from(m.acceptedAt().atZone(zone)));
            if (i >= 0) {
                (isIn ? movedIn : movedOut)[i]++;
            }
        }
        List<UnitReport.Month> out = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            out.add(new UnitReport.Month(
                    months.get(i),
                    active[i],
                    expected[i],
                    satisfied[i],
                    CommuneSummaryService.percent(satisfied[i], expected[i]),
                    movedIn[i],
                    movedOut[i]));
        }
        return out;
    }

    /** The status a case had on {@code day}: its last change effective by then (null before it was registered). */
    static CaseStatus statusOn(List<CaseQueries.StatusChange> changes, LocalDate day) {
        return CaseQueries.statusOn(changes, day);
    }

    private static UnitReport.Unit unit(AdminUnitEntity e) {
        return new UnitReport.Unit(e.id(), e.code(), e.name(), AdminUnitLevel.valueOf(e.level()));
    }
}
