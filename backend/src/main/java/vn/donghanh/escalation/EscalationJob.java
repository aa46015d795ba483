package vn.donghanh.escalation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.DueSupervision;
import vn.donghanh.common.ReadCommitted;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Stamps;
import vn.donghanh.help.HelpService;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;

/**
 * The escalation ladder and the help timer, run every minute on every instance, over the plan series due
 * for a look ({@link OverdueAlertScan}, a chunk at a time: those a write touched and those whose deadline
 * passed, never every open case) and every alert and help request due. All state lives in
 * the database: the supervision watch (V28), an alert row per overdue occurrence (unique), notification dedupe keys, and rows
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
    /**
     * The due-plan chunks run READ COMMITTED: their claim (FOR UPDATE SKIP LOCKED over {@code next_check_at <= now})
     * then locks only the rows it claims, not the index gaps around them, so a check-in whose trigger touches another
     * case's row (moving it to the front of that index) does not wait for the chunk to commit. A write to a claimed
     * case still waits for it, and touches the row again afterwards: nothing written is missed.
     */
    private static final TransactionDefinition READ_COMMITTED = ReadCommitted.DEFINITION;

    private final OverdueAlertScan scan;
    private final CaseService cases;
    private final HelpService help;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration officerAfter;
    private final Duration helpAfter;

    public EscalationJob(
            OverdueAlertScan scan,
            CaseService cases,
            HelpService help,
            CaseResponders responders,
            Notifier notifier,
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            Clock clock,
            SupervisionSettings settings) {
        this.scan = scan;
        this.cases = cases;
        this.help = help;
        this.responders = responders;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.officerAfter = settings.getOfficerAfter();
        this.helpAfter = settings.getHelpEscalateAfter();
    }

    @Scheduled(
            fixedDelay = "${donghanh.supervision.scan-interval:1m}",
            initialDelay = "${donghanh.supervision.scan-initial-delay:30s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Escalation scan failed; it runs again at the next interval", e);
        }
    }

    /** What one run looked at: plan series claimed, the cases they belong to (each evaluated once per chunk), time taken. */
    public record ScanResult(int plans, int cases, Duration elapsed) {}

    /**
     * One pass of the ladder over everything due: the plan series whose state can have changed since
     * they were last seen (touched by a write, or a deadline passed; a chunk per transaction, until none
     * is left) and every alert and help request due for escalation (a batch per transaction, until none
     * is left). Safe to run concurrently on several instances and any number of times. A case nothing
     * happened to costs nothing: the work is proportional to what changed, not to the open cases.
     */
    public ScanResult runOnce() {
        long started = System.nanoTime();
        int plans = 0;
        int casesSeen = 0;
        DueSupervision.Step step;
        do {
            step = tx.execute(READ_COMMITTED, s -> scan.scanDue());
            plans += step.plans();
            casesSeen += step.cases().size();
        } while (step.plans() == OverdueAlertScan.CHUNK);
        // Each batch stamps every row it claimed, so the next one claims only rows not yet seen: the loop
        // ends when a batch comes back short (rows another instance holds locked are that instance's to stamp).
        while (tx.executeWrite(s -> escalateAlertsToOfficers()) == BATCH) {
            LOG.debug("More alerts due for the officers; next batch");
        }
        while (tx.executeWrite(s -> escalateUnansweredHelp()) == BATCH) {
            LOG.debug("More help requests due for the officers; next batch");
        }
        ScanResult result = new ScanResult(plans, casesSeen, Duration.ofNanos(System.nanoTime() - started));
        if (plans > 0) {
            LOG.info(
                    "Escalation scan: {} plan series of {} cases evaluated in {} ms",
                    plans,
                    casesSeen,
                    result.elapsed().toMillis());
        } else {
            LOG.debug("Escalation scan: nothing due, {} ms", result.elapsed().toMillis());
        }
        return result;
    }

    /** Alerts the mentor was told of {@code ?} ago or earlier with no action since, oldest first, claimed. */
    private static final String ALERTS_DUE_FOR_OFFICERS = """
            SELECT id, case_id FROM overdue_alert
            WHERE resolved_at IS NULL AND officer_notified_at IS NULL AND first_action_at IS NULL
              AND mentor_notified_at IS NOT NULL AND mentor_notified_at <= ?
            ORDER BY mentor_notified_at LIMIT ? FOR UPDATE SKIP LOCKED""";

    /** One batch of alerts due for the officers; returns how many it claimed. */
    private int escalateAlertsToOfficers() {
        Instant now = clock.instant();
        List<String[]> due = SqlLists.query(
                jdbc, ALERTS_DUE_FOR_OFFICERS, Arrays.asList(Timestamp.from(now.minus(officerAfter)), BATCH), rs ->
                        new String[] {rs.getString(1), rs.getString(2)});
        toOfficers(due, NotificationText.CHECKIN_OVERDUE_UNREACHED, Notifier.Priority.NORMAL, "alert:");
        Stamps.stamp(
                jdbc,
                "overdue_alert",
                "officer_notified_at",
                due.stream().map(a -> a[0]).toList(),
                now,
                false);
        return due.size();
    }

    /** One batch of help requests due for the officers; returns how many it claimed. */
    private int escalateUnansweredHelp() {
        Instant now = clock.instant();
        List<String[]> due = help.claimUnanswered(now.minus(helpAfter), BATCH).stream()
                .map(h -> new String[] {h.id(), h.caseId()})
                .toList();
        toOfficers(due, NotificationText.HELP_UNANSWERED, Notifier.Priority.HIGH, "help:");
        help.markEscalated(due.stream().map(h -> h[0]).toList(), now);
        return due.size();
    }

    /** Tells the officers of each claimed row's case; {@code dedupePrefix} + the row's id keeps it to once. */
    private void toOfficers(
            List<String[]> claimed, NotificationText text, Notifier.Priority priority, String dedupePrefix) {
        OfficerNotices notices = new OfficerNotices(responders);
        Map<String, String> units = unitsOf(claimed);
        for (String[] row : claimed) {
            notices.toOfficers(row[0], row[1], units.get(row[1]), text, priority, dedupePrefix + row[0]);
        }
        notices.send(notifier);
    }

    /**
     * The unit of each claimed row's case, read without locking the cases (a join in the FOR UPDATE
     * would lock them too, and skip alerts whose case an officer happens to be editing).
     */
    private Map<String, String> unitsOf(List<String[]> claimed) {
        return cases.unitsOf(claimed.stream().map(r -> r[1]).distinct().toList());
    }
}
