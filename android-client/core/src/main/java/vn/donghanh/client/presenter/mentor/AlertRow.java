package vn.donghanh.client.presenter.mentor;

/** Something needing the mentor's (or officer's) attention: a missed check-in or a help request. */
public final class AlertRow {
    public enum Kind {
        OVERDUE,
        HELP_REQUEST,
        OTHER
    }

    public final Kind kind;
    /** The alert id (OVERDUE) or notification id. */
    public final String id;

    public final String caseId;
    /** The mentee's name when known (alerts carry it; help notifications are discreet). */
    public final String fullName;

    public final long sinceMillis;
    public final boolean highPriority;

    public AlertRow(Kind kind, String id, String caseId, String fullName, long sinceMillis, boolean highPriority) {
        this.kind = kind;
        this.id = id;
        this.caseId = caseId;
        this.fullName = fullName;
        this.sinceMillis = sinceMillis;
        this.highPriority = highPriority;
    }
}
