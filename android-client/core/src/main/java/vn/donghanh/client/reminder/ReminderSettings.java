package vn.donghanh.client.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/**
 * When to remind, mirroring the server's {@code donghanh.reminders.*} defaults: the day before
 * and 1 hour before (METHADONE_DOSE: 30 minutes before), never in the quiet hours 21:00–06:00.
 * {@code api-spec/fixtures/reminder-rules.json} pins these defaults for both sides
 * ({@code ReminderRulesFixtureTest} here and in the backend).
 */
public final class ReminderSettings {
    private final long[] defaultOffsetsMinutes;
    private final Map<String, long[]> offsetsByType;
    /** Minutes after local midnight. */
    public final int quietFromMinutes;

    public final int quietUntilMinutes;

    public ReminderSettings(
            long[] defaultOffsetsMinutes,
            Map<String, long[]> offsetsByType,
            int quietFromMinutes,
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

    /**
     * The person's own settings ({@code GET /api/v1/cases/{caseId}/reminder-settings}): their
     * offsets, when given, apply to every appointment type; their quiet hours replace the defaults.
     * Values this client cannot read leave the defaults in place.
     */
    public static ReminderSettings fromServer(JSONObject o, ReminderSettings defaults) {
        long[] offsets = null;
        List<String> texts = Json.strings(o, "offsets");
        if (!texts.isEmpty()) {
            offsets = new long[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                offsets[i] = IsoDuration.minutes(texts.get(i));
                if (offsets[i] <= 0) {
                    offsets = null;
                    break;
                }
            }
        }
        int from = minutesOfDay(Json.string(o, "quietFrom"), defaults.quietFromMinutes);
        int until = minutesOfDay(Json.string(o, "quietUntil"), defaults.quietUntilMinutes);
        if (offsets == null) {
            return new ReminderSettings(defaults.defaultOffsetsMinutes, defaults.offsetsByType, from, until);
        }
        return new ReminderSettings(offsets, new HashMap<String, long[]>(), from, until);
    }

    /** "HH:mm" → minutes after midnight, or the fallback. */
    static int minutesOfDay(String text, int fallback) {
        if (text == null || text.length() != 5 || text.charAt(2) != ':') {
            return fallback;
        }
        try {
            int h = Integer.parseInt(text.substring(0, 2));
            int m = Integer.parseInt(text.substring(3, 5));
            return h < 24 && m < 60 ? h * 60 + m : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Minutes before the appointment, for an AppointmentType name. */
    public long[] offsetsMinutes(String appointmentType) {
        long[] offsets = offsetsByType.get(appointmentType);
        return (offsets == null ? defaultOffsetsMinutes : offsets).clone();
    }
}
