package vn.donghanh.casefile;

import java.time.LocalDate;

/**
 * Every status change of a case, published inside the transaction that made it, after the new
 * status is written. Features whose records follow the case's life listen: appointments and
 * check-in plans end with a closed case and pause with a suspended one, and resume when it is
 * active again.
 */
public record CaseStatusChangedEvent(
        String caseId, CaseStatus from, CaseStatus to, LocalDate effectiveDate, String changedBy) {

    /** Management is over for good (completed, deceased, transferred out of the system). */
    public boolean closes() {
        return to.isClosed();
    }

    /** The person is out of reach for now (detained, back in rehab, in hospital): plans wait. */
    public boolean pauses() {
        return to == CaseStatus.SUSPENDED;
    }

    /**
     * Back under management after a pause: leaving SUSPENDED for any open status (ACTIVE, and also
     * ABSENT or RELAPSED, on which compliance expects check-ins again).
     */
    public boolean resumes() {
        return from == CaseStatus.SUSPENDED && to != CaseStatus.SUSPENDED && !to.isClosed();
    }
}
