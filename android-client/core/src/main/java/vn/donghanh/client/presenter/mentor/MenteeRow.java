package vn.donghanh.client.presenter.mentor;

import java.util.List;

/** One mentee on the mentor's list. */
public final class MenteeRow {
    public final String caseId;
    public final String fullName;
    /** CaseStatus name. */
    public final String status;

    public final String phone;
    public final String personAccountId;
    /** PlanKind names overdue (open alerts), e.g. SELF_CHECKIN; empty when none as far as is known. */
    public final List<String> overdue;
    /**
     * False when this phone has never read the alerts (offline without a snapshot): then nothing
     * may be said about what is on time.
     */
    public final boolean overdueKnown;
    /** A help request of this person waits for an answer. */
    public final boolean helpWaiting;
    /** The newest synced check-in, or null. */
    public final Long lastCheckinAtMillis;
    /** Contacts or messages for this mentee not yet sent. */
    public final int unsentCount;

    public MenteeRow(
            String caseId,
            String fullName,
            String status,
            String phone,
            String personAccountId,
            List<String> overdue,
            boolean overdueKnown,
            boolean helpWaiting,
            Long lastCheckinAtMillis,
            int unsentCount) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.status = status;
        this.phone = phone;
        this.personAccountId = personAccountId;
        this.overdue = overdue;
        this.overdueKnown = overdueKnown;
        this.helpWaiting = helpWaiting;
        this.lastCheckinAtMillis = lastCheckinAtMillis;
        this.unsentCount = unsentCount;
    }
}
