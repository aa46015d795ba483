package vn.donghanh.checkin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** Compliance per case, the officer's overdue list, and the figures the commune summary aggregates. */
@Singleton
public class ComplianceService {
    private final CheckinPlanRepository plans;
    private final SupervisionRecords records;
    private final CaseService cases;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final ReferralService referrals;
    private final Clock clock;
    private final ZoneId defaultZone;

    public ComplianceService(CheckinPlanRepository plans, SupervisionRecords records, CaseService cases, JdbcOperations jdbc,
                             AuditLog audit, ReferralService referrals, Clock clock,
                             @io.micronaut.context.annotation.Value("${donghanh.default-time-zone}") String defaultZone) {
        this.plans = plans;
        this.records = records;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.referrals = referrals;
        this.clock = clock;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** The little of a case that compliance needs. */
    public record CaseRef(String id, String fullName, String adminUnitId, ZoneId zone) {
    }

    @Transactional
    public CheckinModels.Compliance forCase(Caller caller, String caseId, LocalDate from, LocalDate to) {
        CaseEntity c = cases.inScope(caller, caseId);
        ZoneId zone = ZoneId.of(c.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate f = from != null ? from : today.withDayOfMonth(1);
        LocalDate t = to != null ? to : today.plusDays(1);
        if (!t.isAfter(f)) {
            throw vn.donghanh.common.ApiException.badField("to", "must be after from");
        }
        if (f.plusYears(3).isBefore(t)) {
            throw vn.donghanh.common.ApiException.badField("to", "the period is limited to three years");
        }
        audit.append(AuditEntry.of(caller, AuditAction.COMPLIANCE_READ, caseId, "compliance", f + ".." + t));
        CaseRef ref = new CaseRef(c.id(), c.fullName(), c.adminUnitId(), zone);
        return new CheckinModels.Compliance(caseId, f, t, evaluate(List.of(ref), f, t, null).getOrDefault(caseId, List.of()));
    }

    /** Who is overdue, for what (a plan, or a retention check after a placement), since when: the longest first. */
    @Transactional
    public List<CheckinModels.OverdueItem> overdue(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("the overdue list is the officers' view");
        }
        List<CaseRef> open = openCases(CaseScope.of(caller));
        Instant now = clock.instant();
        Map<String, List<CheckinModels.PlanCompliance>> results = evaluate(open, null, null, now);
        Map<String, CaseRef> byId = open.stream().collect(Collectors.toMap(CaseRef::id, r -> r));
        List<CheckinModels.OverdueItem> items = new ArrayList<>();
        results.forEach((caseId, list) -> list.stream().filter(p -> p.overdueSince() != null).forEach(p -> {
            CaseRef ref = byId.get(caseId);
            items.add(new CheckinModels.OverdueItem(caseId, ref.fullName(), ref.adminUnitId(), OverdueKind.of(p.kind()),
                    p.seriesId(), null, p.overdueSince(), Duration.between(p.overdueSince().toInstant(), now).toHours()));
        }));
        for (ReferralModels.RetentionCheck check : referrals.unansweredDue(CaseScope.of(caller))) {
            OffsetDateTime since = Times.utc(check.dueOn().atStartOfDay(defaultZone).toInstant());
            items.add(new CheckinModels.OverdueItem(check.caseId(), check.fullName(), check.adminUnitId(), OverdueKind.RETENTION_CHECK,
                    null, check.id(), since, Math.max(0, Duration.between(since.toInstant(), now).toHours())));
        }
        items.sort(Comparator.comparing(CheckinModels.OverdueItem::overdueSince).thenComparing(CheckinModels.OverdueItem::caseId));
        audit.appendAll(items.stream().map(CheckinModels.OverdueItem::caseId).distinct()
                .map(id -> AuditEntry.of(caller, AuditAction.CASE_LIST, id, "overdue", null)).toList());
        return items;
    }

    /**
     * Evaluates every plan series of the given cases over [from, to) (null: the current month in the
     * case's zone), with all their data loaded in three queries.
     */
    public Map<String, List<CheckinModels.PlanCompliance>> evaluate(List<CaseRef> refs, LocalDate from, LocalDate to, Instant at) {
        Map<String, List<CheckinModels.PlanCompliance>> out = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        Instant now = at != null ? at : clock.instant();
        List<String> ids = refs.stream().map(CaseRef::id).toList();
        Map<String, List<CheckinPlanEntity>> plansByCase = plans.findByCaseIdInOrderByEffectiveFrom(ids).stream()
                .collect(Collectors.groupingBy(CheckinPlanEntity::caseId, LinkedHashMap::new, Collectors.toList()));
        var statuses = records.statusHistory(ids);
        var satisfying = records.satisfyingRecords(ids);
        for (CaseRef ref : refs) {
            List<CheckinPlanEntity> casePlans = plansByCase.getOrDefault(ref.id(), List.of());
            LocalDate today = LocalDate.now(clock.withZone(ref.zone()));
            LocalDate f = from != null ? from : today.withDayOfMonth(1);
            LocalDate t = to != null ? to : today.plusDays(1);
            Map<String, List<CheckinPlanEntity>> series = casePlans.stream()
                    .collect(Collectors.groupingBy(CheckinPlanEntity::seriesId, LinkedHashMap::new, Collectors.toList()));
            List<CheckinModels.PlanCompliance> list = new ArrayList<>();
            for (List<CheckinPlanEntity> versions : series.values()) {
                CheckinPlanEntity latest = versions.get(versions.size() - 1);
                PlanKind kind = PlanKind.valueOf(latest.kind());
                List<Instant> events = satisfying.getOrDefault(ref.id(), Map.of()).getOrDefault(kind, List.of());
                ComplianceCalculator.Result r = ComplianceCalculator.evaluate(
                        versions.stream().map(CheckinPlanEntity::toVersion).toList(), ref.zone(),
                        statuses.getOrDefault(ref.id(), List.of()), events, f, t, now);
                list.add(new CheckinModels.PlanCompliance(latest.seriesId(), kind, latest.rrule(), r.expected(), r.satisfied(),
                        r.percent(), r.currentStreak(), Times.utc(r.lastSatisfiedAt()), Times.utc(r.nextDueAt()), Times.utc(r.overdueSince())));
            }
            out.put(ref.id(), list);
        }
        return out;
    }

    /** Cases in scope on which plans apply now (not suspended, not closed). */
    public List<CaseRef> openCases(CaseScope scope) {
        List<Object> params = new ArrayList<>(scope.params());
        return jdbc.prepareStatement("SELECT c.id, c.full_name, c.admin_unit_id, c.time_zone FROM managed_case c WHERE "
                + scope.predicate() + " AND c.status IN ('ACTIVE', 'ABSENT', 'RELAPSED') ORDER BY c.id LIMIT 5000", ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<CaseRef> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CaseRef(rs.getString(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))));
                }
            }
            return out;
        });
    }
}
