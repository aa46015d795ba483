package vn.donghanh.notification;

/**
 * Every text a notification can carry, each of one {@link NotificationKind}. Its words are in
 * {@code i18n/notifications_vi.properties} and {@code notifications_en.properties} under
 * {@code <KIND>.title} and {@code <KIND>.body}, or {@code <KIND>.<variant>.title}/{@code .body} when
 * one kind is told in more than one way. {@code NotificationWordsTest} fails on a text without words.
 */
public enum NotificationText {
    CHECKIN_OVERDUE(NotificationKind.CHECKIN_OVERDUE, null),
    /** The check-in is overdue and the case has no mentor to ask. */
    CHECKIN_OVERDUE_ESCALATED(NotificationKind.CHECKIN_OVERDUE_ESCALATED, null),
    /** The check-in is overdue and the mentor has not reached the person in time. */
    CHECKIN_OVERDUE_UNREACHED(NotificationKind.CHECKIN_OVERDUE_ESCALATED, "unreached"),
    HELP_REQUESTED(NotificationKind.HELP_REQUESTED, null),
    /** Help is asked for and the case has no mentor. */
    HELP_ESCALATED(NotificationKind.HELP_ESCALATED, null),
    /** Help was asked for and nobody answered in time. */
    HELP_UNANSWERED(NotificationKind.HELP_ESCALATED, "unanswered"),
    MESSAGE_RECEIVED(NotificationKind.MESSAGE_RECEIVED, null),
    RELAPSE_SUSPECTED(NotificationKind.RELAPSE_SUSPECTED, null),
    OPPORTUNITY_INTEREST(NotificationKind.OPPORTUNITY_INTEREST, null),
    REFERRAL_PROPOSED(NotificationKind.REFERRAL_PROPOSED, null),
    APPOINTMENT_MISSED(NotificationKind.APPOINTMENT_MISSED, null),
    /** {0} time, {1} day, {2} place (the name, or {@link #APPOINTMENT_REMINDER_PLACE}'s words). */
    APPOINTMENT_REMINDER(NotificationKind.APPOINTMENT_REMINDER, null),
    /** Not a notification of its own: the generic name of a place a reminder does not name. */
    APPOINTMENT_REMINDER_PLACE(NotificationKind.APPOINTMENT_REMINDER, "place"),
    /** {0} the time the lock ends. */
    ACCOUNT_LOCKED(NotificationKind.ACCOUNT_LOCKED, null),
    /** A transfer waits for the receiving commune's answer. */
    TRANSFER_INCOMING(NotificationKind.TRANSFER_INCOMING, null),
    /** The receiving commune asks the holder for a case. */
    TRANSFER_ASKED(NotificationKind.TRANSFER_INCOMING, "asked"),
    TRANSFER_ANSWERED(NotificationKind.TRANSFER_ANSWERED, null),
    TRANSFER_OVERDUE(NotificationKind.TRANSFER_OVERDUE, null),
    /** To the person: their case now belongs to another commune. */
    CASE_MOVED(NotificationKind.CASE_MOVED, null),
    /** To the person: a mentor was assigned to them. */
    MENTOR_ASSIGNED(NotificationKind.MENTOR_ASSIGNED, null),
    /** To the person: appointments were cancelled because the case moved (says neither where nor why). */
    APPOINTMENTS_CHANGED(NotificationKind.APPOINTMENTS_CHANGED, null),
    /** To a commune's officers: a supervisor sent their periodic report back; {0} the period. */
    REPORT_RETURNED(NotificationKind.REPORT_RETURNED, null),
    /** To a commune's officers: {0} the period, {1} the commune, {2} the deadline (dd/MM/yyyy). */
    REPORT_DUE(NotificationKind.REPORT_DUE, null),
    /** To a club's members: a new post; names neither the club nor an alias (a lock screen may show it). */
    CLUB_POST(NotificationKind.CLUB_POST, null);

    private final NotificationKind kind;
    private final String key;

    NotificationText(NotificationKind kind, String variant) {
        this.kind = kind;
        this.key = variant == null ? kind.name() : kind.name() + "." + variant;
    }

    public NotificationKind kind() {
        return kind;
    }

    /** The bundle key before {@code .title} / {@code .body}. */
    public String key() {
        return key;
    }
}
