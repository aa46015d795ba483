package vn.donghanh.escalation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.checkin.DueSupervision;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.checkin.PlanState;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Stamps;
import vn.donghanh.contact.ContactLogService;
import vn.donghanh.mentoring.MentoringService;
import vn.donghanh.message.MessageService;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;

/**
 * The first rung of the ladder for one chunk of plan series due for a look (touched by a write, or a
 * deadline passed: {@link DueSupervision}): an alert row per overdue self check-in (unique per
 * occurrence, so a rescan or another instance opens nothing twice), the first responder told of each
 * new one unless somebody acted already, and the chunk's alerts whose occurrence is settled resolved.
 * Set-based per chunk (a few statements, not a few per case); a case nothing happened to is not read.
 */
@Singleton
class OverdueAlertScan {
    /** Plan series claimed per transaction. */
    static final int CHUNK = ComplianceService.CHUNK;
    /** Alert rows per multi-row INSERT (six parameters each). */
    private static final int ROWS = 1000;

    private final DueSupervision due;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final ContactLogService contactLog;
    private final MessageService messages;
    private final MentoringService mentoring;
    private final JdbcOperations jdbc;
    private final Clock clock;

    OverdueAlertScan(
            DueSupervision due,
            CaseResponders responders,
            Notifier notifier,
            ContactLogService contactLog,
            MessageService messages,
            MentoringService mentoring,
            JdbcOperations jdbc,
            Clock clock) {
        this.due = due;
        this.responders = responders;
        this.notifier = notifier;
        this.contactLog = contactLog;
        this.messages = messages;
        this.mentoring = mentoring;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One overdue occurrence of a self check-in plan; {@code id} is the alert id to use if it is new. */
    private record Overdue(String id, String caseId, String unitId, String seriesId, Instant since) {
        String key() {
            return seriesId + "|" + since;
        }
    }

    /** The first human action found on a case since its occurrence went overdue. */
    private record Action(Instant at, String kind) {}

    /**
     * One chunk of the plan series due for a look ({@link DueSupervision}: touched by a write, or a deadline passed since
     * they were last seen), {@link #CHUNK} rows at most, in the caller's transaction: their cases evaluated, alerts opened
     * for the overdue self check-ins and resolved for the settled ones. Returns what was claimed; fewer rows than
     * {@link #CHUNK} means nothing more is due now.
     */
    DueSupervision.Step scanDue() {
        Instant now = clock.instant();
        DueSupervision.Step step = due.claimAndEvaluate(now, CHUNK);
        if (step.cases().isEmpty()) {
            return step;
        }
        Map<String, String> unitOf = new HashMap<>();
        step.open().forEach(r -> unitOf.put(r.id(), r.adminUnitId()));
        List<Overdue> overdue = new ArrayList<>();
        step.states().forEach((caseId, plans) -> {
            for (PlanState p : plans) {
                if (p.kind() == PlanKind.SELF_CHECKIN && p.overdueSince() != null) {
                    overdue.add(new Overdue(
                            UUID.randomUUID().toString(), caseId, unitOf.get(caseId), p.seriesId(), p.overdueSince()));
                }
            }
        });
        List<Overdue> fresh = insertNew(overdue, now);
        Map<String, Action> acted = firstActions(fresh);
        acted.forEach((alertId, a) -> SqlLists.update(
                jdbc,
                "UPDATE overdue_alert SET first_action_at = ?, first_action_kind = ? WHERE id = ?",
                Arrays.asList(Timestamp.from(a.at()), a.kind(), alertId)));
        notifyFirstResponders(
                fresh.stream().filter(o -> !acted.containsKey(o.id())).toList(), now);
        // Every claimed series, open or not: a case that left supervision (suspended, closed) has nothing overdue.
        resolveSettled(step.claimed(), overdue, now);
        return step;
    }

    /** Inserts an alert for each overdue occurrence that has none yet; returns those that were new. */
    private List<Overdue> insertNew(List<Overdue> overdue, Instant now) {
        List<Overdue> fresh = new ArrayList<>();
        for (int from = 0; from < overdue.size(); from += ROWS) {
            List<Overdue> part = overdue.subList(from, Math.min(overdue.size(), from + ROWS));
            List<Object> rows = new ArrayList<>(part.size() * 6);
            for (Overdue o : part) {
                rows.addAll(Arrays.asList(
                        o.id(),
                        o.caseId(),
                        o.seriesId(),
                        PlanKind.SELF_CHECKIN.name(),
                        Timestamp.from(o.since()),
                        Timestamp.from(now)));
            }
            SqlLists.update(
                    jdbc,
                    "INSERT INTO overdue_alert (id, case_id, series_id, kind, overdue_since, created_at) VALUES "
                            + SqlLists.rows(part.size(), "(?,?,?,?,?,?)") + " ON DUPLICATE KEY UPDATE id = id",
                    rows);
            // A duplicate (the occurrence's alert exists) kept the old row's id: rows carrying our ids are the new
            // ones.
            Set<String> inserted = SqlLists.existingIds(
                    jdbc, "overdue_alert", part.stream().map(Overdue::id).toList());
            part.stream().filter(o -> inserted.contains(o.id())).forEach(fresh::add);
        }
        return fresh;
    }

    /**
     * Someone may have acted between the occurrence going overdue and this scan (a contact logged, the
     * mentor writing to the person): that is the first action, and nobody needs to be told.
     */
    private Map<String, Action> firstActions(List<Overdue> fresh) {
        Map<String, Action> out = new HashMap<>();
        if (fresh.isEmpty()) {
            return out;
        }
        List<String> caseIds = fresh.stream().map(Overdue::caseId).distinct().toList();
        Instant earliest =
                fresh.stream().map(Overdue::since).min(Instant::compareTo).orElseThrow();
        Map<String, List<Instant>> contacts = contactLog.receivedSince(caseIds, earliest);
        Map<String, List<Instant>> messages = this.messages.toPersonSince(caseIds, earliest);
        for (Overdue o : fresh) {
            Instant contact = firstFrom(contacts.get(o.caseId()), o.since());
            Instant message = firstFrom(messages.get(o.caseId()), o.since());
            if (contact == null && message == null) {
                continue;
            }
            boolean contactFirst = message == null || (contact != null && !contact.isAfter(message));
            out.put(o.id(), contactFirst ? new Action(contact, "CONTACT_LOGGED") : new Action(message, "MESSAGE_SENT"));
        }
        return out;
    }

    private static Instant firstFrom(List<Instant> instants, Instant since) {
        if (instants == null) {
            return null;
        }
        return instants.stream()
                .filter(t -> !t.isBefore(since))
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** The case's active mentor; a case without one goes straight to the officers. */
    private void notifyFirstResponders(List<Overdue> alerts, Instant now) {
        if (alerts.isEmpty()) {
            return;
        }
        Map<String, String> mentors = mentoring.activeMentorsOf(
                alerts.stream().map(Overdue::caseId).distinct().toList());
        OfficerNotices notices = new OfficerNotices(responders);
        List<String> toMentor = new ArrayList<>();
        List<String> toOfficers = new ArrayList<>();
        for (Overdue o : alerts) {
            String mentor = mentors.get(o.caseId());
            if (mentor != null) {
                notices.add(
                        mentor,
                        NotificationText.CHECKIN_OVERDUE,
                        Notifier.Priority.NORMAL,
                        o.caseId(),
                        o.id(),
                        "alert:" + o.id() + ":mentor");
                toMentor.add(o.id());
            } else {
                notices.toOfficers(
                        o.id(),
                        o.caseId(),
                        o.unitId(),
                        NotificationText.CHECKIN_OVERDUE_ESCALATED,
                        Notifier.Priority.NORMAL,
                        "alert:" + o.id());
                toOfficers.add(o.id());
            }
        }
        notices.send(notifier);
        Stamps.stamp(jdbc, "overdue_alert", "mentor_notified_at", toMentor, now, false);
        Stamps.stamp(jdbc, "overdue_alert", "officer_notified_at", toOfficers, now, false);
    }

    /**
     * The open alerts of the claimed series whose occurrence is no longer overdue (satisfied, the plan changed, the
     * case left supervision) are resolved. Only claimed series: another instance may hold the case's other rows.
     */
    private void resolveSettled(Map<String, Set<String>> claimed, List<Overdue> stillOverdue, Instant now) {
        Set<String> still = new HashSet<>();
        stillOverdue.forEach(o -> still.add(o.key()));
        List<String> ids = List.copyOf(claimed.keySet());
        List<String> settled = new ArrayList<>();
        SqlLists.forEach(
                jdbc,
                "SELECT id, case_id, series_id, overdue_since FROM overdue_alert WHERE resolved_at IS NULL"
                        + " AND case_id IN (" + SqlLists.placeholders(ids.size()) + ")",
                ids,
                rs -> {
                    boolean ours = claimed.get(rs.getString(2)).contains(rs.getString(3));
                    if (ours
                            && !still.contains(
                                    rs.getString(3) + "|" + rs.getTimestamp(4).toInstant())) {
                        settled.add(rs.getString(1));
                    }
                });
        Stamps.stamp(jdbc, "overdue_alert", "resolved_at", settled, now, true);
    }
}
