package vn.donghanh.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.NotificationWords;
import vn.donghanh.notification.Notifier;

/**
 * Notifications for many cases at once, as one batch of the escalation scan sends them: the officers
 * who answer for a case depend only on its unit, so they are looked up once per unit (for this batch
 * only: accounts change), and everything is queued in multi-row INSERTs rather than three statements
 * a notification.
 */
final class OfficerNotices {
    /** Notifications per multi-row INSERT: ten parameters a row stay far below the driver's 65,535. */
    private static final int ROWS = 1000;

    private final CaseResponders responders;
    private final Map<String, List<String>> officersByUnit = new HashMap<>();
    private final List<Notifier.Queued> queued = new ArrayList<>();

    OfficerNotices(CaseResponders responders) {
        this.responders = responders;
    }

    /** One notice to every officer answering for the case (in {@code unitId}). */
    void toOfficers(
            String subjectId,
            String caseId,
            String unitId,
            NotificationText text,
            Notifier.Priority priority,
            String dedupePrefix) {
        for (String officer : officersByUnit.computeIfAbsent(unitId, u -> responders.officers(caseId))) {
            add(officer, text, priority, caseId, subjectId, dedupePrefix + ":officer:" + officer);
        }
    }

    /**
     * One notice to one staff account. Staff are reached by push (and the inbox): SMS is only ever the
     * channel of a person whose reminder settings ask for it, which is what {@link Notifier#notify} checks.
     * Staff have no language setting either: the words are Vietnamese.
     */
    void add(
            String accountId,
            NotificationText text,
            Notifier.Priority priority,
            String caseId,
            String subjectId,
            String dedupeKey) {
        NotificationWords.Words words = NotificationWords.forStaff(text);
        queued.add(new Notifier.Queued(
                UUID.randomUUID().toString(),
                accountId,
                text.kind(),
                priority,
                caseId,
                subjectId,
                words.title(),
                words.body(),
                dedupeKey,
                "PUSH",
                null));
    }

    /** Queues everything added, in the caller's transaction; a dedupe key that fired already is skipped. */
    void send(Notifier notifier) {
        for (int from = 0; from < queued.size(); from += ROWS) {
            notifier.notifyAll(queued.subList(from, Math.min(queued.size(), from + ROWS)));
        }
        queued.clear();
    }
}
