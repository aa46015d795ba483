package vn.donghanh.client.reminder;

import java.util.HashMap;
import java.util.Map;

/**
 * When to remind, mirroring the server's {@code donghanh.reminders.*} defaults: the day before
 * and 1 hour before (METHADONE_DOSE: 30 minutes before), never in the quiet hours 21:00–06:00.
 */
public final class ReminderSettings {
    private final long[] defaultOffsetsMinutes;
    private final Map<String, long[]> offsetsByType;
    /** Minutes after local midnight. */
    public final int quietFromMinutes;
    public final int quietUntilMinutes;

    public ReminderSettings(long[] defaultOffsetsMinutes, Map<String, long[]> offsetsByType, int quietFromMinutes,
                            int quietUntilMinutes) {
        this.defaultOffsetsMinutes = defaultOffsetsMinutes.clone();
        this.offsetsByType = new HashMap<>(offsetsByType);
        this.quietFromMinutes = quietFromMinutes;
        this.quietUntilMinutes = quietUntilMinutes;
    }

    public static ReminderSettings serverDefaults() {
        Map<String, long[]> byType = new HashMap<>();
        byType.put("METHADONE_DOSE", new long[] {30});
        return new ReminderSettings(new long[] {24 * 60, 60}, byType, 21 * 60, 6 * 60);
    }

    /** Minutes before the appointment, for an AppointmentType name. */
    public long[] offsetsMinutes(String appointmentType) {
        long[] offsets = offsetsByType.get(appointmentType);
        return (offsets == null ? defaultOffsetsMinutes : offsets).clone();
    }
}
