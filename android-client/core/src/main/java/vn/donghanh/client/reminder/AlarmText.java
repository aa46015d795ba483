package vn.donghanh.client.reminder;

/**
 * String resource keys for a local reminder. The texts live in the app's resources (vi default,
 * en); they are discreet because they show on the lock screen: neutral title, the time, and for
 * treatment-related appointments only "the health facility" ("cơ sở y tế"), never the place's name.
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

    private AlarmText() {}

    /** Appointment types whose place would reveal treatment. */
    static boolean isTreatment(String appointmentType) {
        return "METHADONE_DOSE".equals(appointmentType)
                || "COUNSELLING".equals(appointmentType)
                || "DRUG_TEST".equals(appointmentType)
                || "HEALTH_CHECK".equals(appointmentType);
    }
}
