package vn.donghanh.client.reminder;

/**
 * One local alarm to set with AlarmManager. {@link #key} (occurrence id + offset) identifies it
 * across re-plans; {@link #requestCode} is derived from it, so setting the same alarm twice
 * replaces the PendingIntent instead of adding one.
 */
public final class PlannedAlarm {
    public final String key;
    public final int requestCode;
    public final long triggerAtMillis;
    public final String occurrenceId;
    public final String caseId;
    public final String appointmentType;
    public final long offsetMinutes;
    public final long startsAtMillis;
    /** Resource keys, see {@link AlarmText}. */
    public final String titleKey;

    public final String bodyKey;
    /** The appointment's local time, "HH:mm", the body's only argument. */
    public final String timeText;

    public PlannedAlarm(
            String occurrenceId,
            String caseId,
            String appointmentType,
            long offsetMinutes,
            long startsAtMillis,
            long triggerAtMillis,
            String titleKey,
            String bodyKey,
            String timeText) {
        this.key = occurrenceId + "/" + offsetMinutes;
        // String.hashCode is specified by the Java language, so it is stable across runs and devices.
        this.requestCode = key.hashCode();
        this.triggerAtMillis = triggerAtMillis;
        this.occurrenceId = occurrenceId;
        this.caseId = caseId;
        this.appointmentType = appointmentType;
        this.offsetMinutes = offsetMinutes;
        this.startsAtMillis = startsAtMillis;
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
        this.timeText = timeText;
    }

    @Override
    public String toString() {
        return key + "@" + triggerAtMillis;
    }
}
