package vn.donghanh.client.reminder;

/**
 * String resource keys for a local reminder. The texts live in the app's resources (vi default,
 * en). What a reminder may say about the place is the server's decision, carried by each synced
 * appointment's {@code discreetPlace} flag (one rule for server and phone): true → only "the
 * health facility" ("cơ sở y tế"); false → the place's name may be said; absent (an older
 * server) → nothing about the place at all. The lock screen only ever shows the app's neutral
 * public version, never any of these bodies.
 */
public final class AlarmText {
    /** e.g. "Lịch hẹn" / "Appointment". */
    public static final String TITLE = "reminder_title";
    /** e.g. "Bạn có lịch hẹn lúc %1$s tại cơ sở y tế" / "You have an appointment at %1$s at the health facility". */
    public static final String BODY_HEALTH_FACILITY = "reminder_body_health_facility";
    /** e.g. "Bạn có lịch hẹn lúc %1$s" / "You have an appointment at %1$s". */
    public static final String BODY_GENERIC = "reminder_body_generic";
    /** Day-before reminders: e.g. "Ngày mai bạn có lịch hẹn lúc %1$s ..." (same argument). */
    public static final String BODY_TOMORROW_HEALTH_FACILITY = "reminder_body_tomorrow_health_facility";

    public static final String BODY_TOMORROW_GENERIC = "reminder_body_tomorrow_generic";
    /**
     * The server allows naming the place: "Bạn có lịch hẹn lúc %1$s tại %2$s", %2$s being the
     * appointment's place name, which the app reads from the synced appointment when the alarm rings
     * (without it, the app shows {@link #BODY_GENERIC}).
     */
    public static final String BODY_AT_PLACE = "reminder_body_at_place";

    public static final String BODY_TOMORROW_AT_PLACE = "reminder_body_tomorrow_at_place";

    private AlarmText() {}

    /** The body key for an appointment, from the server's flag only (null = say nothing about the place). */
    public static String body(Boolean discreetPlace, boolean hasPlaceName, boolean tomorrow) {
        if (discreetPlace == null || (!discreetPlace && !hasPlaceName)) {
            return tomorrow ? BODY_TOMORROW_GENERIC : BODY_GENERIC;
        }
        if (discreetPlace) {
            return tomorrow ? BODY_TOMORROW_HEALTH_FACILITY : BODY_HEALTH_FACILITY;
        }
        return tomorrow ? BODY_TOMORROW_AT_PLACE : BODY_AT_PLACE;
    }

    /** True for the keys whose text names the place (argument 2). */
    public static boolean namesPlace(String bodyKey) {
        return BODY_AT_PLACE.equals(bodyKey) || BODY_TOMORROW_AT_PLACE.equals(bodyKey);
    }
}
