package vn.donghanh.client.presenter.mentor;

/** Something needing the mentor's attention: a help request (first) or a missed check-in. */
public final class AlertRow {
    public enum Kind {
        OVERDUE,
        HELP_REQUEST
    }

    public final Kind kind;
    /** The help request id (HELP_REQUEST) or the alert id (OVERDUE). */
    public final String id;

    public final String caseId;
    /** The mentee's name; null only when the case is not (yet) on the phone. */
    public final String fullName;
    /** HELP_REQUEST: HelpCategory name (null when only a notification told of it); OVERDUE: PlanKind name. */
    public final String reason;
    /** The person's own words with a help request, or null. */
    public final String note;

    public final long sinceMillis;
    /** HELP_REQUEST: minutes since it was sent ("5 phút trước"). */
    public final long minutesAgo;
    /** OVERDUE: whole days overdue (0 = less than a day). */
    public final long daysOverdue;

    public final boolean highPriority;
    public final Acknowledgement acknowledgement;

    public AlertRow(
            Kind kind,
            String id,
            String caseId,
            String fullName,
            String reason,
            String note,
            long sinceMillis,
            long minutesAgo,
            long daysOverdue,
            boolean highPriority,
            Acknowledgement acknowledgement) {
        this.kind = kind;
        this.id = id;
        this.caseId = caseId;
        this.fullName = fullName;
        this.reason = reason;
        this.note = note;
        this.sinceMillis = sinceMillis;
        this.minutesAgo = minutesAgo;
        this.daysOverdue = daysOverdue;
        this.highPriority = highPriority;
        this.acknowledgement = acknowledgement;
    }
}
