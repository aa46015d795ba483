package vn.donghanh.casefile;

public enum CaseEventType {
    REGISTERED,
    UPDATED,
    STATUS_CHANGED,
    MENTOR_ASSIGNED,
    MENTOR_UNASSIGNED,
    ACTIVATION_CODE_ISSUED,
    /** The sending commune started a transfer (transfer package). */
    TRANSFER_REQUESTED,
    /** The receiving commune asked for the case: the person reported there first. */
    TRANSFER_ASKED,
    /** The holding commune released a case the receiving commune asked for. */
    TRANSFER_OFFERED,
    /** The receiving commune accepted: the case is registered there from the move date. */
    TRANSFER_ACCEPTED,
    TRANSFER_DECLINED,
    TRANSFER_REFUSED,
    TRANSFER_CANCELLED
}
