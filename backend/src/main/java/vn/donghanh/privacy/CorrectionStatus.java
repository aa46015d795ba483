package vn.donghanh.privacy;

/** A correction request waits for the officer's answer, then is accepted (the case changed) or declined. */
public enum CorrectionStatus {
    OPEN,
    ACCEPTED,
    DECLINED
}
