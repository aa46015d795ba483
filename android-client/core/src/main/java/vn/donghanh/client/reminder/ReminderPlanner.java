package vn.donghanh.client.reminder;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import vn.donghanh.client.model.AppointmentOccurrence;

/**
 * Synced appointment occurrences → local alarms, so reminders fire with no network. Same times as
 * the server's reminders (offsets per type, quiet hours), evaluated in the case's time zone.
 * Pure: give it the occurrences and "now", get the full plan; the app sets every planned alarm
 * and cancels what it set before that is no longer planned ({@link AlarmPlanDiff}).
 */
public final class ReminderPlanner {
    private final ReminderSettings settings;
    private final QuietHours quietHours;

    public ReminderPlanner(ReminderSettings settings) {
        this.settings = settings;
        this.quietHours = new QuietHours(settings.quietFromMinutes, settings.quietUntilMinutes);
    }

    public ReminderSettings settings() {
        return settings;
    }

    /** A planner for other settings (the person's own, see {@link ReminderSettings#fromServer}). */
    public ReminderPlanner withSettings(ReminderSettings other) {
        return new ReminderPlanner(other);
    }

    /** Alarms still to come for the SCHEDULED occurrences, earliest first. */
    public List<PlannedAlarm> plan(List<AppointmentOccurrence> occurrences, long nowMillis, TimeZone zone) {
        List<PlannedAlarm> out = new ArrayList<>();
        for (AppointmentOccurrence o : occurrences) {
            if (!o.isScheduled() || o.startsAtMillis <= nowMillis) {
                continue;
            }
            Set<Long> triggers = new HashSet<>();
            for (long offset : settings.offsetsMinutes(o.type)) {
                long trigger = quietHours.dueAt(o.startsAtMillis, offset, zone);
                // Two offsets pushed onto the same minute by the quiet hours ring once.
                if (trigger <= nowMillis || !triggers.add(trigger)) {
                    continue;
                }
                boolean tomorrow = !sameLocalDay(trigger, o.startsAtMillis, zone);
                String body = AlarmText.body(
                        o.discreetPlace,
                        o.placeName != null && o.placeName.trim().length() > 0,
                        tomorrow);
                out.add(new PlannedAlarm(
                        o.id,
                        o.caseId,
                        o.type,
                        offset,
                        o.startsAtMillis,
                        trigger,
                        AlarmText.TITLE,
                        body,
                        localTime(o.startsAtMillis, zone)));
            }
        }
        Collections.sort(out, new Comparator<PlannedAlarm>() {
            @Override
            public int compare(PlannedAlarm a, PlannedAlarm b) {
                int byTime = Long.compare(a.triggerAtMillis, b.triggerAtMillis);
                return byTime != 0 ? byTime : a.key.compareTo(b.key);
            }
        });
        return out;
    }

    static String localTime(long millis, TimeZone zone) {
        Calendar c = Calendar.getInstance(zone);
        c.setTimeInMillis(millis);
        return String.format(Locale.ROOT, "%02d:%02d", c.get(Calendar.HOUR_OF_DAY), c.get(Calendar.MINUTE));
    }

    private static boolean sameLocalDay(long a, long b, TimeZone zone) {
        Calendar ca = Calendar.getInstance(zone);
        ca.setTimeInMillis(a);
        Calendar cb = Calendar.getInstance(zone);
        cb.setTimeInMillis(b);
        return ca.get(Calendar.YEAR) == cb.get(Calendar.YEAR)
                && ca.get(Calendar.DAY_OF_YEAR) == cb.get(Calendar.DAY_OF_YEAR);
    }
}
