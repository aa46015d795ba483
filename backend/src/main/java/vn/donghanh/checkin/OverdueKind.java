package vn.donghanh.checkin;

/** What is overdue on the officer's list: a plan occurrence of some kind, or a retention check. */
public enum OverdueKind {
    SELF_CHECKIN,
    MENTOR_CONTACT,
    OFFICE_PRESENCE,
    RESIDENCE_VERIFICATION,
    GROUP_ACTIVITY,
    RETENTION_CHECK,
    /** A transfer between communes waits past its deadline for an answer (transfer package). */
    TRANSFER_ANSWER;

    static OverdueKind of(PlanKind kind) {
        return valueOf(kind.name());
    }
}
