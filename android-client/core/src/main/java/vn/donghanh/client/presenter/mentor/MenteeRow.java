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
    /** PlanKind names overdue now (open alerts), e.g. SELF_CHECKIN; empty when all is well. */
    public final List<String> overdue;
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
            Long lastCheckinAtMillis,
            int unsentCount) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.status = status;
        this.phone = phone;
        this.personAccountId = personAccountId;
        this.overdue = overdue;
        this.lastCheckinAtMillis = lastCheckinAtMillis;
        this.unsentCount = unsentCount;
    }
}
