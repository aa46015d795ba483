package vn.donghanh.checkin;

/** Why the case's life ended a plan version: its management ended, or it was suspended (resuming reopens it). */
enum PlanEndCause {
    CASE_CLOSED,
    CASE_PAUSED
}
