package vn.donghanh.sync;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.SqlLists;

/**
 * Takes closed cases off the staff phones once {@code donghanh.sync.closed-cases-on-phones} has
 * passed (SyncFeed no longer counts them in a phone's scope): one REMOVED change per case, for the
 * officers whose units covered its unit (V16's rule), written once (V24). Every closed case is
 * scanned, a chunk per transaction; several instances skip each other's rows.
 */
@Singleton
public class ClosedCaseRetirement {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedCaseRetirement.class);
    private static final int CHUNK = 1000;
    private final CaseQueries cases;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ZoneId zone;
    private final SyncSettings settings;

    ClosedCaseRetirement(
            CaseQueries cases,
            JdbcOperations jdbc,
            TransactionOperations<Connection> tx,
            ServiceTime time,
            SyncSettings settings) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = time.clock();
        this.zone = time.zone();
        this.settings = settings;
    }

    /** The day before which a closed case is no longer on the staff phones. */
    public LocalDate cutoff() {
        return LocalDate.now(clock.withZone(zone)).minus(settings.getClosedCasesOnPhones());
    }

    @Scheduled(
            fixedDelay = "${donghanh.sync.retire-interval:1h}",
            initialDelay = "${donghanh.sync.retire-initial-delay:2m}")
    void scheduled() {
        try {
            int n = runOnce();
            if (n > 0) {
                LOG.info("Took {} closed cases off the staff phones", n);
            }
        } catch (RuntimeException e) {
            LOG.error("Retiring closed cases from the phones failed; it runs again at the next interval", e);
        }
    }

    /** One full pass; returns how many cases it retired. */
    public int runOnce() {
        LocalDate cutoff = cutoff();
        int retired = 0;
        String after = null;
        while (true) {
            String from = after;
            List<CaseQueries.ClosedCase> chunk = tx.executeRead(s -> cases.closedBefore(cutoff, from, CHUNK));
            if (chunk.isEmpty()) {
                return retired;
            }
            retired += tx.executeWrite(s -> retire(chunk));
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private int retire(List<CaseQueries.ClosedCase> chunk) {
        List<Object> ids = new ArrayList<>();
        chunk.forEach(c -> ids.add(c.id()));
        Set<String> done = new HashSet<>(SqlLists.query(
                jdbc,
                "SELECT case_id FROM sync_case_retired WHERE case_id IN (" + SqlLists.placeholders(ids.size()) + ")",
                ids,
                rs -> rs.getString(1)));
        List<List<?>> marks = new ArrayList<>();
        List<List<?>> removals = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (CaseQueries.ClosedCase c : chunk) {
            if (!done.contains(c.id())) {
                marks.add(Arrays.asList(c.id(), now));
                removals.add(Arrays.asList(c.id(), c.id(), c.adminUnitId()));
            }
        }
        if (marks.isEmpty()) {
            return 0;
        }
        SqlLists.batch(jdbc, "INSERT IGNORE INTO sync_case_retired (case_id, retired_at) VALUES (?, ?)", marks);
        SqlLists.batch(
                jdbc,
                "INSERT INTO sync_change (entity, entity_id, case_id, from_unit_id) VALUES ('REMOVED', ?, ?, ?)",
                removals);
        return marks.size();
    }
}
