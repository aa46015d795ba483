package vn.donghanh.notification;

/**
 * A person on the case's side did something for the case (logged a contact, sent a message,
 * acknowledged an alert): the first such act after a check-in went overdue is what we measure.
 */
public record CaseAttendedEvent(String caseId, String action, String accountId) {}
