package vn.donghanh.client.outbox;

/** What a queued operation creates on the server. */
public enum OutboxKind {
    CHECKIN,
    OFFICE_PRESENCE,
    CONTACT,
    MESSAGE,
    HELP_REQUEST,
    REMINDER_ACKNOWLEDGEMENT,
    /** A mentor's or officer's "I'm on it" for a help request: POST without a body, idempotent. */
    ACKNOWLEDGE_HELP,
    /** "I'm on it" for an overdue alert: POST without a body, idempotent. */
    ACKNOWLEDGE_ALERT,
    /** A referral to an opportunity (client-chosen id, so a resend returns the same referral). */
    REFERRAL,
    /** A mentor's or officer's quiz answers for a training course (client-chosen id: a resend is the same attempt). */
    TRAINING_ATTEMPT;

    /** False for the acknowledgements, whose endpoints take no request body. */
    public boolean hasBody() {
        return this != ACKNOWLEDGE_HELP && this != ACKNOWLEDGE_ALERT;
    }
}
