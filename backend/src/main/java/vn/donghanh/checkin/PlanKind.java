package vn.donghanh.checkin;

/**
 * What a check-in plan expects, and which records satisfy it: the person's own check-in, a
 * mentor's contact, presence at the commune office ("kiểm diện"), or the commune police's
 * residence verification (Decree 105/2021: at least monthly), or taking part in a group activity (a peer
 * club's meeting, whose attendance the club feature records).
 */
public enum PlanKind {
    SELF_CHECKIN,
    MENTOR_CONTACT,
    OFFICE_PRESENCE,
    RESIDENCE_VERIFICATION,
    GROUP_ACTIVITY
}
