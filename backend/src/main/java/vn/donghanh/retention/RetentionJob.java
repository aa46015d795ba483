package vn.donghanh.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.privacy.PersonalDataErasure;
import vn.donghanh.privacy.RetentionPeriod;

/**
 * Anonymises the cases whose management ended for good (completed, or the person deceased) more than
 * {@code donghanh.retention.after-closure} ago (default five years): every feature's {@link PersonalDataErasure}
 * erases what identifies the person in its own tables, the case is recorded in {@code retention_case}, and the
 * audit log gets an entry (ids only) — all three in one transaction per case, so a case is anonymised whole or not
 * at all. Runs daily on every instance; the claim ({@link RetentionStore#claim}) makes each case done once however
 * many instances run. Every case past the cut-off is seen in each run, a page at a time, no cap: one whose erasure
 * fails is rolled back alone, counted as failed in the run, and tried again by the next run.
 */
@Singleton
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    /** Closed cases read per page of the scan (each is then anonymised in a transaction of its own). */
    static final int PAGE = 500;

    private final CaseQueries cases;
    private final RetentionStore store;
    private final List<PersonalDataErasure> erasures;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final ServiceTime time;
    private final Clock clock;
    private final RetentionPeriod retention;

    RetentionJob(
            CaseQueries cases,
            RetentionStore store,
            List<PersonalDataErasure> erasures,
            AuditLog audit,
            TransactionOperations<Connection> tx,
            ServiceTime time,
            RetentionPeriod retention) {
        this.cases = cases;
        this.store = store;
        this.erasures = List.copyOf(erasures);
        this.audit = audit;
        this.tx = tx;
        this.time = time;
        this.clock = time.clock();
        this.retention = retention;
    }

    @Scheduled(
            fixedDelay = "${donghanh.retention.interval:1d}",
            initialDelay = "${donghanh.retention.initial-delay:20m}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("The retention run failed; it runs again at the next interval", e);
        }
    }

    /** Cases closed before this day are due (today in the service's zone, minus the retention time). */
    public LocalDate closedBefore() {
        return time.today().minus(retention.afterClosure());
    }

    /** One full pass over every case due; returns what it did (also kept in retention_run). */
    public RetentionModels.Run runOnce() {
        LocalDate closedBefore = closedBefore();
        String runId = UUID.randomUUID().toString();
        String period = retention.afterClosure().toString();
        tx.executeWrite(s -> {
            store.startRun(runId, clock.instant(), closedBefore, period);
            return null;
        });
        int done = 0;
        int failed = 0;
        String after = null;
        while (true) {
            String from = after;
            List<String> page = tx.executeRead(s -> cases.endedBefore(closedBefore, from, PAGE));
            if (page.isEmpty()) {
                break;
            }
            Set<String> already = tx.executeRead(s -> store.anonymised(page));
            for (String caseId : page) {
                if (already.contains(caseId)) {
                    continue;
                }
                try {
                    if (tx.executeWrite(s -> anonymise(runId, caseId, period))) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.error("Anonymising case {} failed; the next retention run tries it again", caseId, e);
                }
            }
            after = page.get(page.size() - 1);
        }
        int failures = failed;
        tx.executeWrite(s -> {
            store.finishRun(runId, clock.instant(), failures);
            return null;
        });
        if (done > 0 || failed > 0) {
            LOG.info(
                    "Retention: {} cases closed before {} anonymised, {} failed (retried next run)",
                    done,
                    closedBefore,
                    failed);
        }
        return tx.executeRead(s -> store.run(runId).orElseThrow());
    }

    /** Inside the case's transaction: false when another run (or instance) has anonymised it already. */
    private boolean anonymise(String runId, String caseId, String period) {
        if (!store.claim(caseId, runId, clock.instant())) {
            return false;
        }
        for (PersonalDataErasure erasure : erasures) {
            erasure.erase(caseId);
        }
        audit.append(new AuditEntry(
                null, null, AuditAction.CASE_ANONYMISE, caseId, "retention-run:" + runId, null, "after " + period));
        return true;
    }

    /** Every table some feature's erasure covers (the coverage test compares it with the schema). */
    public Set<String> coveredTables() {
        return erasures.stream()
                .flatMap(e -> e.tables().stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
