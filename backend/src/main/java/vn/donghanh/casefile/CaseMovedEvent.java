package vn.donghanh.casefile;

import java.time.LocalDate;

/**
 * A case accepted by another commune (a transfer): it is registered in {@code toUnitId} from
 * {@code moveDate}. Published inside the accepting transaction, after the case row names the new
 * unit. Listeners move what belongs to the old commune: mentoring ends the old mentor's
 * assignment, appointments at the old commune's places are cancelled with a notice to the person;
 * check-in plans carry over untouched.
 */
public record CaseMovedEvent(
        String caseId, String fromUnitId, String toUnitId, LocalDate moveDate, String acceptedBy) {}
