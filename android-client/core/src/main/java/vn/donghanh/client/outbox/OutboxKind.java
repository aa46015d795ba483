package vn.donghanh.client.outbox;

/** What a queued operation creates on the server. */
public enum OutboxKind {
    CHECKIN,
    OFFICE_PRESENCE,
    CONTACT,
    MESSAGE,
    HELP_REQUEST,
    REMINDER_ACKNOWLEDGEMENT
}
