package vn.donghanh.casefile;

import java.time.LocalDate;

/**
 * Management of a case ended (completed, transferred out, deceased...), published inside the transaction that closed
 * it. Listeners react in the same transaction: mentoring ends the case's active mentor assignment.
 */
public record CaseClosedEvent(
        String caseId, CaseStatus status, LocalDate effectiveDate, String reason, String closedBy) {}
