package vn.donghanh.client.presenter.officer;

/** One event of a case's history, split for wording ("Đã phân công người giúp đỡ: Phan Thị Mai"). */
public final class TimelineRow {
    /** A CaseEventType: REGISTERED, UPDATED, STATUS_CHANGED, MENTOR_ASSIGNED, MENTOR_UNASSIGNED, ACTIVATION_CODE_ISSUED. */
    public final String type;
    /** For STATUS_CHANGED: the status left (null otherwise). */
    public final String fromStatus;
    /** For REGISTERED and STATUS_CHANGED: the status entered. */
    public final String toStatus;
    /** Who the event is about, part of its wording: the mentor for (un)assignments; null otherwise. */
    public final String subject;
    /** The officer's reason, shown under the event; null when none. */
    public final String reason;

    public final String actorName;
    public final long occurredAtMillis;

    public TimelineRow(
            String type,
            String fromStatus,
            String toStatus,
            String subject,
            String reason,
            String actorName,
            long occurredAtMillis) {
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.subject = subject;
        this.reason = reason;
        this.actorName = actorName;
        this.occurredAtMillis = occurredAtMillis;
    }
}
