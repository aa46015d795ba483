package vn.donghanh.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.escalation.AlertService;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.security.Caller;

/**
 * The commune summary: cases by status, compliance this month (satisfied share of all expected
 * check-in occurrences of open cases), mentor coverage (active cases with an active mentor) and
 * how many cases are overdue now, the time to the first human action on overdue check-ins, and the
 * share of cases under management (active, absent, relapsed) that are employed or in training.
 * Aggregates only, for officers and supervisors alike.
 */
@Singleton
public class CommuneSummaryService {
    private final CaseCountsService counts;
    private final ComplianceService compliance;
    private final ReferralService referrals;
    private final AlertService alerts;
    private final Clock clock;
    private final ZoneId zone;

    public CommuneSummaryService(
            CaseCountsService counts,
            ComplianceService compliance,
            ReferralService referrals,
            AlertService alerts,
            ServiceTime time) {
        this.counts = counts;
        this.compliance = compliance;
        this.referrals = referrals;
        this.alerts = alerts;
        this.clock = time.clock();
        this.zone = time.zone();
    }

    /** What the open cases of one commune add up to. */
    private static final class OpenTotals {
        long expected;
        long satisfied;
        long overdue;
        long underManagement;
        long working;
    }

    @Transactional(readOnly = true)
    public ReportModels.Summary summary(Caller caller) {
        ReportModels.CaseCounts base = counts.counts(caller);
        List<ReportModels.CommuneSummary> out = new ArrayList<>();
        for (CommuneFigures f : figures(base.units(), caller.unitPath())) {
            ReportModels.UnitCounts u = f.counts();
            long active = u.byStatus().getOrDefault(CaseStatus.ACTIVE, 0L);
            out.add(new ReportModels.CommuneSummary(
                    u.adminUnitId(),
                    u.code(),
                    u.name(),
                    u.byStatus(),
                    u.activeWithMentor(),
                    percent(u.activeWithMentor(), active),
                    f.expected(),
                    f.satisfied(),
                    percent(f.satisfied(), f.expected()),
                    f.overdue(),
                    f.alerts(),
                    median(f.responseMinutes()),
                    f.working(),
                    percent(f.working(), f.underManagement())));
        }
        return new ReportModels.Summary(base.adminUnitId(), out);
    }

    /**
     * What one commune's summary is made of, before it is turned into shares and a median, so that
     * communes can be added up into a district or province ({@link UnitReportService}) with the same
     * arithmetic as the commune summary itself.
     */
    record CommuneFigures(
            ReportModels.UnitCounts counts,
            long expected,
            long satisfied,
            long overdue,
            long underManagement,
            long working,
            long alerts,
            List<Long> responseMinutes) {}

    /**
     * The figures of these communes (the case counts of the units below {@code unitPath}), in their order.
     * Set-based: who is overdue from the supervision watch in one read for the unit, this month's counts
     * and the reintegration of the open cases a chunk at a time (a fixed number of queries per chunk,
     * whatever the cases hold), and each alert figure in one GROUP BY for every commune
     * of the unit, so the number of queries does not grow with the number of communes.
     */
    List<CommuneFigures> figures(List<ReportModels.UnitCounts> communes, String unitPath) {
        // Aggregates are drawn from every case below the unit, whatever the caller's case scope:
        // every open case, a chunk at a time, so memory holds one chunk and one total per commune.
        CaseScope unit = CaseScope.withinUnit(unitPath);
        Map<String, OpenTotals> totals = new HashMap<>();
        // Who is overdue comes from the kept supervision state (and the rows due now, evaluated live);
        // this month's counts from this month's records only.
        Set<String> overdue = compliance.overdueCaseIdsIn(unit);
        Instant now = clock.instant();
        compliance.forEachOpenChunk(unit, open -> {
            Map<String, ComplianceService.Counts> month = compliance.thisMonth(open, now);
            Map<String, ReferralModels.ReintegrationStatus> reintegration = referrals.statusOf(
                    open.stream().map(ComplianceService.CaseRef::id).toList());
            for (ComplianceService.CaseRef ref : open) {
                OpenTotals t = totals.computeIfAbsent(ref.adminUnitId(), id -> new OpenTotals());
                t.underManagement++;
                ReferralModels.ReintegrationStatus r = reintegration.get(ref.id());
                if (r == ReferralModels.ReintegrationStatus.EMPLOYED
                        || r == ReferralModels.ReintegrationStatus.IN_TRAINING) {
                    t.working++;
                }
                ComplianceService.Counts c = month.getOrDefault(ref.id(), new ComplianceService.Counts(0, 0));
                t.expected += c.expected();
                t.satisfied += c.satisfied();
                t.overdue += overdue.contains(ref.id()) ? 1 : 0;
            }
        });
        // The alerts of every case registered in each commune now, whatever its status.
        Instant monthStart = monthStart();
        Map<String, Long> alertCounts = alerts.countsByUnitSince(unit, monthStart);
        Map<String, List<Long>> minutes = alerts.responseMinutesByUnitSince(unit, monthStart);
        List<CommuneFigures> out = new ArrayList<>();
        for (ReportModels.UnitCounts u : communes) {
            OpenTotals t = totals.getOrDefault(u.adminUnitId(), new OpenTotals());
            out.add(new CommuneFigures(
                    u,
                    t.expected,
                    t.satisfied,
                    t.overdue,
                    t.underManagement,
                    t.working,
                    alertCounts.getOrDefault(u.adminUnitId(), 0L),
                    minutes.getOrDefault(u.adminUnitId(), List.of())));
        }
        return out;
    }

    private Instant monthStart() {
        return LocalDate.now(clock.withZone(zone))
                .withDayOfMonth(1)
                .atStartOfDay(zone)
                .toInstant();
    }

    static Long median(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    static Integer percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 100f / whole);
    }
}
