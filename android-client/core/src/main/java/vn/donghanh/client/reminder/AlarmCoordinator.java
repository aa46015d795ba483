package vn.donghanh.client.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.sync.SyncedRecords;
import vn.donghanh.client.time.Clock;

/** Re-plans the local alarms from the synced appointments and applies the difference. */
public final class AlarmCoordinator {
    private final ReminderPlanner planner;
    private final SyncedRecords records;
    private final AlarmScheduler scheduler;
    private final Clock clock;
    private final TimeZone zone;

    public AlarmCoordinator(
            ReminderPlanner planner, SyncedRecords records, AlarmScheduler scheduler, Clock clock, TimeZone zone) {
        this.planner = planner;
        this.records = records;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
    }

    /** Returns the full new plan after scheduling what is new or moved and cancelling the rest. */
    public synchronized List<PlannedAlarm> replan() {
        List<PlannedAlarm> plan = new ArrayList<>();
        for (AppointmentOccurrence o : records.appointments(null)) {
            ReminderSettings own = records.reminderSettings(o.caseId, planner.settings());
            ReminderPlanner p = own == planner.settings() ? planner : planner.withSettings(own);
            plan.addAll(p.plan(java.util.Collections.singletonList(o), clock.nowMillis(), zone));
        }
        AlarmPlanDiff diff = AlarmPlanDiff.between(scheduler.scheduled(), plan);
        for (PlannedAlarm a : diff.toCancel) {
            scheduler.cancel(a);
        }
        for (PlannedAlarm a : diff.toSchedule) {
            scheduler.schedule(a);
        }
        return plan;
    }

    /**
     * The case left the phone (a removal in the sync feed): its alarms go now, without waiting
     * for the re-plan after the whole feed was read (a later page may fail). Returns how many.
     */
    public synchronized int cancelCase(String caseId) {
        int cancelled = 0;
        for (PlannedAlarm a : new ArrayList<>(scheduler.scheduled())) {
            if (caseId != null && caseId.equals(a.caseId)) {
                scheduler.cancel(a);
                cancelled++;
            }
        }
        return cancelled;
    }

    public synchronized void cancelAll() {
        for (PlannedAlarm a : new ArrayList<>(scheduler.scheduled())) {
            scheduler.cancel(a);
        }
    }
}
