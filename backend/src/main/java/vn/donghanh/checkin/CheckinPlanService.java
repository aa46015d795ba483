package vn.donghanh.checkin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Check-in plans. A change takes effect from a date on (today or later): the running version ends
 * at the start of that date and a new version opens, so the past is always judged by the rule then in force.
 */
@Singleton
public class CheckinPlanService {
    private final CheckinPlanRepository plans;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    public CheckinPlanService(CheckinPlanRepository plans, CaseService cases, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CheckinModels.Plan create(Caller caller, String caseId, CheckinModels.CreatePlan r) {
        requireOfficer(caller);
        CaseEntity c = cases.inScope(caller, caseId);
        String id = Ids.orNew(r.id());
        var replay = plans.findById(id);
        if (replay.isPresent()) {
            if (!replay.get().caseId().equals(caseId)
                    || !replay.get().rrule().equals(r.rrule())
                    || !replay.get().kind().equals(r.kind().name())
                    || !replay.get().effectiveFrom().equals(r.effectiveFrom())) {
                throw ApiException.conflict("id-in-use", "id is already used by another plan");
            }
            return CheckinModels.Plan.from(replay.get());
        }
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status() + "; it takes no new plan");
        }
        if (r.effectiveFrom().isBefore(c.startDate())) {
            throw ApiException.badField(
                    "effectiveFrom", "cannot be before the management period starts (" + c.startDate() + ")");
        }
        String grace = grace(r.grace(), "PT0S");
        checkRule(r.rrule(), r.effectiveFrom(), ZoneId.of(c.timeZone()));
        CheckinPlanEntity saved = plans.save(new CheckinPlanEntity(
                id,
                id,
                caseId,
                r.kind().name(),
                r.rrule(),
                grace,
                r.effectiveFrom(),
                null,
                caller.accountId(),
                clock.instant(),
                null));
        audit.append(AuditEntry.of(caller, AuditAction.PLAN_CHANGE, caseId, "plan:" + id, "created " + r.kind()));
        return CheckinModels.Plan.from(saved);
    }

    @Transactional
    public CheckinModels.Plan change(Caller caller, String planId, CheckinModels.ChangePlan r) {
        requireOfficer(caller);
        CheckinPlanEntity current = plans.findById(planId).orElseThrow(() -> ApiException.notFound());
        CaseEntity c = cases.inScope(caller, current.caseId());
        current = plans.findByIdForUpdate(planId).orElseThrow();
        String id = Ids.orNew(r.id());
        var replay = plans.findById(id);
        if (replay.isPresent()) {
            if (!replay.get().seriesId().equals(current.seriesId())
                    || !replay.get().rrule().equals(r.rrule())
                    || !replay.get().effectiveFrom().equals(r.effectiveFrom())) {
                throw ApiException.conflict("id-in-use", "id is already used by another plan");
            }
            return CheckinModels.Plan.from(replay.get());
        }
        if (current.effectiveTo() != null) {
            throw ApiException.conflict(
                    "plan-not-current",
                    "this version ended on " + current.effectiveTo() + "; change the current version of the plan");
        }
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status() + "; its plans no longer change");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())));
        if (r.effectiveFrom().isBefore(today)) {
            throw ApiException.badField("effectiveFrom", "a plan changes from today on; the past keeps its rule");
        }
        if (!r.effectiveFrom().isAfter(current.effectiveFrom())) {
            throw ApiException.badField(
                    "effectiveFrom", "must be after the current version's start (" + current.effectiveFrom() + ")");
        }
        String grace = grace(r.grace(), current.grace());
        checkRule(r.rrule(), r.effectiveFrom(), ZoneId.of(c.timeZone()));
        plans.update(current.endingOn(r.effectiveFrom()));
        CheckinPlanEntity next = plans.save(new CheckinPlanEntity(
                id,
                current.seriesId(),
                current.caseId(),
                current.kind(),
                r.rrule(),
                grace,
                r.effectiveFrom(),
                null,
                caller.accountId(),
                clock.instant(),
                null));
        audit.append(AuditEntry.of(
                caller, AuditAction.PLAN_CHANGE, current.caseId(), "plan:" + id, "changed from " + r.effectiveFrom()));
        return CheckinModels.Plan.from(next);
    }

    @Transactional
    public CheckinModels.Plan end(Caller caller, String planId, CheckinModels.EndPlan r) {
        requireOfficer(caller);
        CheckinPlanEntity current = plans.findById(planId).orElseThrow(() -> ApiException.notFound());
        CaseEntity c = cases.inScope(caller, current.caseId());
        current = plans.findByIdForUpdate(planId).orElseThrow();
        if (current.effectiveTo() != null) {
            throw ApiException.conflict("plan-not-current", "this version already ended on " + current.effectiveTo());
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())));
        if (r.effectiveTo().isBefore(today) || !r.effectiveTo().isAfter(current.effectiveFrom())) {
            throw ApiException.badField("effectiveTo", "must be today or later, and after the version's start");
        }
        CheckinPlanEntity ended = plans.update(current.endingOn(r.effectiveTo()));
        audit.append(AuditEntry.of(
                caller, AuditAction.PLAN_CHANGE, current.caseId(), "plan:" + planId, "ended " + r.effectiveTo()));
        return CheckinModels.Plan.from(ended);
    }

    @Transactional
    public List<CheckinModels.Plan> list(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.PLANS_READ, caseId, "plans", null));
        return plans.findByCaseIdOrderByEffectiveFrom(caseId).stream()
                .map(CheckinModels.Plan::from)
                .toList();
    }

    /** The requested grace, or {@code otherwise} when none was given (a change keeps the current grace). */
    private static String grace(String grace, String otherwise) {
        if (grace == null) {
            return otherwise;
        }
        try {
            Duration d = Duration.parse(grace);
            if (d.isNegative() || d.compareTo(Duration.ofDays(31)) > 0) {
                throw ApiException.badField("grace", "must be between PT0S and P31D");
            }
            return d.toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badField("grace", "must be an ISO-8601 duration such as PT12H or P2D");
        }
    }

    private static void checkRule(String rrule, LocalDate from, ZoneId zone) {
        String problem = ComplianceCalculator.validate(rrule, from, zone);
        if (problem != null) {
            throw ApiException.badField("rrule", problem);
        }
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("only commune officers set check-in plans");
        }
    }
}
