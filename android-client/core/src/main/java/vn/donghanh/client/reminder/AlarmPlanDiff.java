package vn.donghanh.client.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to change in AlarmManager: alarms new or moved since the last plan, and alarms of the
 * last plan no longer planned (the appointment moved, was cancelled or has passed).
 */
public final class AlarmPlanDiff {
    public final List<PlannedAlarm> toSchedule;
    public final List<PlannedAlarm> toCancel;

    private AlarmPlanDiff(List<PlannedAlarm> toSchedule, List<PlannedAlarm> toCancel) {
        this.toSchedule = toSchedule;
        this.toCancel = toCancel;
    }

    public static AlarmPlanDiff between(List<PlannedAlarm> previous, List<PlannedAlarm> next) {
        Map<String, PlannedAlarm> before = new HashMap<>();
        for (PlannedAlarm a : previous) {
            before.put(a.key, a);
        }
        List<PlannedAlarm> schedule = new ArrayList<>();
        for (PlannedAlarm a : next) {
            PlannedAlarm old = before.remove(a.key);
            if (old == null
                    || old.triggerAtMillis != a.triggerAtMillis
                    || !old.bodyKey.equals(a.bodyKey)
                    || !old.timeText.equals(a.timeText)) {
                schedule.add(a);
            }
        }
        return new AlarmPlanDiff(schedule, new ArrayList<>(before.values()));
    }
}
