package vn.donghanh.casefile;

public enum CaseEventType {
    REGISTERED,
    UPDATED,
    STATUS_CHANGED,
    MENTOR_ASSIGNED,
    MENTOR_UNASSIGNED,
    ACTIVATION_CODE_ISSUED
}
