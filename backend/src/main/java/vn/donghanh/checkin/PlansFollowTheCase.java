package vn.donghanh.checkin;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.casefile.CaseStatusChangedEvent;

/**
 * Check-in plans follow the case's life, inside the transaction that changed it. Closing ends every
 * running version on the effective date; suspending ends them there too (marked CASE_PAUSED), so
 * compliance, the overdue list and the escalation scan expect nothing while the person is out of
 * reach; resuming opens a new version of each paused plan, same rule and grace, from the resume
 * date: the paused stretch is never counted or overdue. Compliance also reads the status history,
 * so the two agree.
 */
@Singleton
class PlansFollowTheCase {
    private final CheckinPlanRepository plans;
    private final Clock clock;

    PlansFollowTheCase(CheckinPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @EventListener
    void onStatusChanged(CaseStatusChangedEvent e) {
        if (e.closes()) {
            end(e.caseId(), e.effectiveDate(), PlanEndCause.CASE_CLOSED);
        } else if (e.pauses()) {
            end(e.caseId(), e.effectiveDate(), PlanEndCause.CASE_PAUSED);
        } else if (e.resumes()) {
            resume(e.caseId(), e.effectiveDate(), e.changedBy());
        }
    }

    /**
     * Running versions end on {@code day}; one starting later (a change planned ahead) ends where it starts, so it
     * never applies. Closing a suspended case turns its pause into an end.
     */
    private void end(String caseId, LocalDate day, PlanEndCause cause) {
        for (CheckinPlanEntity v : plans.findByCaseIdOrderByEffectiveFrom(caseId)) {
            if (v.effectiveTo() == null) {
                LocalDate end = v.effectiveFrom().isAfter(day) ? v.effectiveFrom() : day;
                plans.update(v.endingOn(end, cause));
            } else if (cause == PlanEndCause.CASE_CLOSED && v.pausedByCase()) {
                plans.update(v.endingOn(v.effectiveTo(), cause));
            }
        }
    }

    /** Each plan whose latest version a pause ended goes on from {@code day} (or that version's own start, if later). */
    private void resume(String caseId, LocalDate day, String by) {
        Map<String, CheckinPlanEntity> latest = new LinkedHashMap<>();
        List<CheckinPlanEntity> all = plans.findByCaseIdOrderByEffectiveFrom(caseId);
        for (CheckinPlanEntity v : all) {
            latest.put(v.seriesId(), v);
        }
        for (CheckinPlanEntity v : latest.values()) {
            if (!v.pausedByCase()) {
                continue;
            }
            LocalDate from = v.effectiveFrom().isAfter(day) ? v.effectiveFrom() : day;
            plans.save(new CheckinPlanEntity(
                    UUID.randomUUID().toString(),
                    v.seriesId(),
                    caseId,
                    v.kind(),
                    v.rrule(),
                    v.grace(),
                    from,
                    null,
                    by,
                    clock.instant(),
                    null));
        }
    }
}
