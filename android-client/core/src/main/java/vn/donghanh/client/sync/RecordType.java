package vn.donghanh.client.sync;

/**
 * The record types of the sync feed. Each change carries exactly one typed property, named
 * {@link #property()} (e.g. APPOINTMENT → "appointment"), with the schema of the matching endpoint.
 */
public enum RecordType {
    CASE,
    APPOINTMENT,
    CHECKIN,
    CONTACT,
    MESSAGE,
    NOTIFICATION,
    REMINDER,
    HELP_REQUEST,
    /**
     * Not a record: the case left the caller's scope (assignment ended, case transferred). The
     * change carries no record property; the phone forgets everything it holds for the case.
     */
    REMOVED;

    public String property() {
        switch (this) {
            case CASE:
                return "case";
            case APPOINTMENT:
                return "appointment";
            case CHECKIN:
                return "checkin";
            case CONTACT:
                return "contact";
            case MESSAGE:
                return "message";
            case NOTIFICATION:
                return "notification";
            case HELP_REQUEST:
                return "helpRequest";
            case REMOVED:
                return "removed";
            default:
                return "reminder";
        }
    }
}
