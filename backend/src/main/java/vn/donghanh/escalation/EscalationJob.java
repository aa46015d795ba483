package vn.donghanh.escalation;

import vn.donghanh.common.Inserts;
import vn.donghanh.common.SqlLists;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationKind;
import vn.donghanh.notification.Notifier;

/**
 * The escalation ladder and the help timer, run every minute on every instance. All state lives in
 * the database: an alert row per overdue occurrence (unique), notification dedupe keys, and rows
 * claimed with FOR UPDATE SKIP LOCKED; so after a restart, or with several instances, each step fires once.
 * <ol>
 * <li>A self check-in overdue past its grace notifies the mentor (the officers, if there is no mentor).</li>
 * <li>Still without any human action {@code donghanh.supervision.officer-after} later (48 h), the officers.</li>
 * <li>A help request nobody acknowledged within {@code donghanh.supervision.help-escalate-after} (15 min): the officers.</li>
 * </ol>
 */
@Singleton
public class EscalationJob {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationJob.class);
    /** Alerts or help requests claimed per transaction; a run takes batch after batch until none is due. */
    static final int BATCH = 500;
    private static final CaseScope ALL = new CaseScope("1 = 1", List.of());
    private final ComplianceService compliance;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration officerAfter;
    private final Duration helpAfter;

    public EscalationJob(ComplianceService compliance, CaseResponders responders, Notifier notifier, JdbcOperations jdbc,
                         TransactionOperations<Connection> tx, Clock clock,
                         @Value("${donghanh.supervision.officer-after:PT48H}") Duration officerAfter,
                         @Value("${donghanh.supervision.help-escalate-after:PT15M}") Duration helpAfter) {
        this.compliance = compliance;
        this.responders = responders;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.officerAfter = officerAfter;
        this.helpAfter = helpAfter;
    }

    @Scheduled(fixedDelay = "${donghanh.supervision.scan-interval:1m}",
            initialDelay = "${donghanh.supervision.scan-initial-delay:30s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Escalation scan failed; it runs again at the next interval", e);
        }
    }

    /**
     * One pass of the ladder over everything there is: every open case (a chunk per transaction) and
     * every alert and help request due for escalation (a batch per transaction, until none is left).
     * Safe to run concurrently on several instances and any number of times.
     */
    public void runOnce() {
        String after = null;
        do {
            String from = after;
            after = tx.executeWrite(s -> openAlertsForOverdueCheckins(from));
        } while (after != null);
        tx.executeWrite(s -> {
            resolveAlertsOfClosedCases();
            return null;
        });
        // Each batch stamps every row it claimed, so the next one claims only rows not yet seen: the loop
        // ends when a batch comes back short (rows another instance holds locked are that instance's to stamp).
        while (tx.executeWrite(s -> escalateAlertsToOfficers()) == BATCH) {
            LOG.debug("More alerts due for the officers; next batch");
        }
        while (tx.executeWrite(s -> escalateUnansweredHelp()) == BATCH) {
            LOG.debug("More help requests due for the officers; next batch");
        }
    }

    /**
     * Opens (and resolves) alerts for one chunk of open cases after id {@code afterId}; returns the last
     * case id of the chunk, or null when it was the last chunk.
     */
    private String openAlertsForOverdueCheckins(String afterId) {
        Instant now = clock.instant();
        List<ComplianceService.CaseRef> open = compliance.openCases(ALL, afterId, ComplianceService.CHUNK);
        if (open.isEmpty()) {
            return null;
        }
        Map<String, List<CheckinModels.PlanCompliance>> results = compliance.evaluate(open, null, null, now);
        Set<String> stillOverdue = new HashSet<>();
        results.forEach((caseId, plans) -> {
            for (CheckinModels.PlanCompliance p : plans) {
                if (p.kind() != PlanKind.SELF_CHECKIN || p.overdueSince() == null) {
                    continue;
                }
                Instant since = p.overdueSince().toInstant();
                stillOverdue.add(p.seriesId() + "|" + since);
                String alertId = UUID.randomUUID().toString();
                int created = jdbc.prepareStatement("""
                        INSERT INTO overdue_alert (id, case_id, series_id, kind, overdue_since, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", ps -> {
                    ps.setString(1, alertId);
                    ps.setString(2, caseId);
                    ps.setString(3, p.seriesId());
                    ps.setString(4, p.kind().name());
                    ps.setTimestamp(5, Timestamp.from(since));
                    ps.setTimestamp(6, Timestamp.from(now));
                    return Inserts.insertOnce(ps);
                });
                if (created == 1 && !actedSince(alertId, caseId, since, now)) {
                    notifyFirstResponder(alertId, caseId, now);
                }
            }
        });
        // This chunk's alerts whose occurrence has since been satisfied are resolved.
        List<String> ids = open.stream().map(ComplianceService.CaseRef::id).toList();
        List<String[]> openAlerts = jdbc.prepareStatement("SELECT id, series_id, overdue_since FROM overdue_alert WHERE resolved_at IS NULL"
                + " AND case_id IN (" + SqlLists.placeholders(ids.size()) + ")", ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(i + 1, ids.get(i));
                    }
                    List<String[]> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new String[] {rs.getString(1), rs.getString(2) + "|" + rs.getTimestamp(3).toInstant()});
                        }
                    }
                    return out;
                });
        for (String[] a : openAlerts) {
            if (!stillOverdue.contains(a[1])) {
                jdbc.prepareStatement("UPDATE overdue_alert SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL", ps -> {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setString(2, a[0]);
                    return ps.executeUpdate();
                });
            }
        }
        return open.size() < ComplianceService.CHUNK ? null : open.get(open.size() - 1).id();
    }

    /** Alerts of cases that left supervision (suspended or closed) are resolved: plans no longer apply. */
    private void resolveAlertsOfClosedCases() {
        jdbc.prepareStatement("""
                UPDATE overdue_alert SET resolved_at = ? WHERE resolved_at IS NULL AND case_id IN
                  (SELECT c.id FROM managed_case c WHERE c.status NOT IN ('ACTIVE', 'ABSENT', 'RELAPSED'))""", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            return ps.executeUpdate();
        });
    }

    /**
     * Someone may have acted between the occurrence going overdue and this scan (a contact logged, the
     * mentor writing to the person): that is the first action, and nobody needs to be told.
     */
    private boolean actedSince(String alertId, String caseId, Instant since, Instant now) {
        Instant contact = earliest("SELECT MIN(received_at) FROM contact_log WHERE case_id = ? AND received_at >= ?", caseId, since);
        Instant message = earliest("""
                SELECT MIN(m.sent_at) FROM message m JOIN account p ON p.id = m.recipient_id AND p.case_id = m.case_id
                WHERE m.case_id = ? AND m.sent_at >= ?""", caseId, since);
        if (contact == null && message == null) {
            return false;
        }
        boolean contactFirst = message == null || (contact != null && !contact.isAfter(message));
        jdbc.prepareStatement("UPDATE overdue_alert SET first_action_at = ?, first_action_kind = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(contactFirst ? contact : message));
            ps.setString(2, contactFirst ? "CONTACT_LOGGED" : "MESSAGE_SENT");
            ps.setString(3, alertId);
            return ps.executeUpdate();
        });
        return true;
    }

    private Instant earliest(String sql, String caseId, Instant since) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, caseId);
            ps.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                return t == null ? null : t.toInstant();
            }
        });
    }

    private void notifyFirstResponder(String alertId, String caseId, Instant now) {
        var mentor = responders.mentor(caseId);
        if (mentor.isPresent()) {
            notifier.notify(mentor.get(), NotificationKind.CHECKIN_OVERDUE, Notifier.Priority.NORMAL, caseId, alertId,
                    "Đồng Hành: cần hỏi thăm", "Một người bạn đang giúp đỡ chưa điểm danh. Mở ứng dụng để xem.",
                    "alert:" + alertId + ":mentor");
            stamp("overdue_alert", "mentor_notified_at", alertId, now);
        } else {
            notifyOfficers(alertId, caseId, NotificationKind.CHECKIN_OVERDUE_ESCALATED, Notifier.Priority.NORMAL,
                    "Một hồ sơ chưa điểm danh và chưa có người giúp đỡ. Mở ứng dụng để xem.", "alert:" + alertId);
            stamp("overdue_alert", "officer_notified_at", alertId, now);
        }
    }

    /** One batch of alerts due for the officers; returns how many it claimed. */
    private int escalateAlertsToOfficers() {
        Instant now = clock.instant();
        List<String[]> due = jdbc.prepareStatement("""
                SELECT id, case_id FROM overdue_alert
                WHERE resolved_at IS NULL AND officer_notified_at IS NULL AND first_action_at IS NULL
                  AND mentor_notified_at IS NOT NULL AND mentor_notified_at <= ?
                ORDER BY mentor_notified_at LIMIT ? FOR UPDATE SKIP LOCKED""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now.minus(officerAfter)));
            ps.setInt(2, BATCH);
            return rows(ps);
        });
        for (String[] a : due) {
            notifyOfficers(a[0], a[1], NotificationKind.CHECKIN_OVERDUE_ESCALATED, Notifier.Priority.NORMAL,
                    "Một hồ sơ chưa điểm danh và người giúp đỡ chưa liên hệ được. Mở ứng dụng để xem.", "alert:" + a[0]);
            stamp("overdue_alert", "officer_notified_at", a[0], now);
        }
        return due.size();
    }

    /** One batch of help requests due for the officers; returns how many it claimed. */
    private int escalateUnansweredHelp() {
        Instant now = clock.instant();
        List<String[]> due = jdbc.prepareStatement("""
                SELECT id, case_id FROM help_request
                WHERE acknowledged_at IS NULL AND resolved_at IS NULL AND escalated_at IS NULL AND created_at <= ?
                ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now.minus(helpAfter)));
            ps.setInt(2, BATCH);
            return rows(ps);
        });
        for (String[] h : due) {
            notifyOfficers(h[0], h[1], NotificationKind.HELP_ESCALATED, Notifier.Priority.HIGH,
                    "Có người cần giúp đỡ ngay và chưa ai trả lời. Mở ứng dụng để xem.", "help:" + h[0]);
            stamp("help_request", "escalated_at", h[0], now);
        }
        return due.size();
    }

    private void notifyOfficers(String subjectId, String caseId, NotificationKind kind, Notifier.Priority priority, String body,
                                String dedupePrefix) {
        for (String officer : responders.officers(caseId)) {
            notifier.notify(officer, kind, priority, caseId, subjectId, "Đồng Hành: cần xử lý", body,
                    dedupePrefix + ":officer:" + officer);
        }
    }

    private void stamp(String table, String column, String id, Instant now) {
        jdbc.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            return ps.executeUpdate();
        });
    }

    private static List<String[]> rows(java.sql.PreparedStatement ps) throws java.sql.SQLException {
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }
}
