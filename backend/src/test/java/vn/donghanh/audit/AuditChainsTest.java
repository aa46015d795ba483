package vn.donghanh.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;

/**
 * The audit log as several chains (V27): writers in open transactions do not wait for each other, and
 * the verifier still finds a changed, deleted, reordered or moved row, and rows cut off a chain's end.
 */
class AuditChainsTest extends IntegrationTest {
    private static final String GUARD_UPDATE = "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
            + "FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'";
    private static final String GUARD_DELETE = "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            + "FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'";
    private static final String COLUMNS = "seq, chain, chain_seq, occurred_at, actor_id, actor_role, action, case_id,"
            + " target, client_ip, detail, prev_hash, hash";

    private final List<Runnable> repairs = new ArrayList<>();

    @AfterEach
    void repair() {
        // Undo the tampering in reverse, with the guards down, so the next test finds an intact chain.
        if (repairs.isEmpty()) {
            return;
        }
        Sql.update("DROP TRIGGER IF EXISTS audit_event_no_update");
        Sql.update("DROP TRIGGER IF EXISTS audit_event_no_delete");
        try {
            for (int i = repairs.size() - 1; i >= 0; i--) {
                repairs.get(i).run();
            }
        } finally {
            repairs.clear();
            Sql.update(GUARD_UPDATE);
            Sql.update(GUARD_DELETE);
        }
        assertTrue(verify().valid(), "repaired");
    }

    private static AuditModels.Result verify() {
        return bean(AuditVerifier.class).verify();
    }

    private static void appendMarks(String marker, int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new AuditEntry(null, "SYSTEM", AuditAction.AUDIT_VERIFY, null, marker, null, "mark " + i));
        }
        bean(AuditLog.class).appendAll(entries);
    }

    /** The rows appended with this marker, in insertion order: seq, chain, chain_seq. */
    private static List<long[]> rowsOf(String marker) {
        return Sql.query(
                "SELECT seq, chain, chain_seq FROM audit_event WHERE target = ? ORDER BY seq",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                marker);
    }

    private static Map<String, Object> row(long seq) {
        return Sql.query(
                        "SELECT " + COLUMNS + " FROM audit_event WHERE seq = ?",
                        rs -> {
                            Map<String, Object> out = new java.util.LinkedHashMap<>();
                            for (String c : COLUMNS.split(",\\s*")) {
                                out.put(c, rs.getObject(c));
                            }
                            return out;
                        },
                        seq)
                .get(0);
    }

    private static void insert(Map<String, Object> row) {
        Sql.update(
                "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                row.values().toArray());
    }

    private static void guardsDown() {
        Sql.update("DROP TRIGGER audit_event_no_update");
        Sql.update("DROP TRIGGER audit_event_no_delete");
        // The repair puts them back (and the tampering is undone first).
    }

    @Test
    void aWriterIsNotBlockedByAnotherWritersOpenTransaction() throws Exception {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = bean(TransactionOperations.class);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first writer appends and keeps its transaction (and its chain's head lock) open until
            // the second writer has appended and committed. With one chain head the second would wait
            // for the first, which waits for the second: the latch would time out.
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(
                    () -> tx.executeWrite(status -> {
                        appendMarks("chains-first", 2);
                        firstAppended.countDown();
                        try {
                            return secondDone.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }),
                    threads);
            assertTrue(firstAppended.await(20, TimeUnit.SECONDS));
            CompletableFuture<Void> second = CompletableFuture.runAsync(
                    () -> {
                        tx.executeWrite(status -> {
                            appendMarks("chains-second", 2);
                            return null;
                        });
                        secondDone.countDown();
                    },
                    threads);
            second.get(30, TimeUnit.SECONDS);
            assertTrue(
                    first.get(30, TimeUnit.SECONDS),
                    "the second writer committed while the first still held its chain");
        } finally {
            threads.shutdownNow();
        }
        List<long[]> a = rowsOf("chains-first");
        List<long[]> b = rowsOf("chains-second");
        assertEquals(2, a.size());
        assertEquals(2, b.size());
        assertEquals(a.get(0)[1], a.get(1)[1], "one transaction's rows stay in one chain");
        assertEquals(a.get(0)[2] + 1, a.get(1)[2], "numbered one after the other in it");
        assertNotEquals(a.get(0)[1], b.get(0)[1], "the second writer took another chain");
        AuditModels.Result result = verify();
        assertTrue(result.valid(), result::toString);
    }

    @Test
    void manyConcurrentWritersLeaveChainsThatVerify() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                int n = i;
                writers.add(CompletableFuture.runAsync(() -> appendMarks("chains-many", 1 + n % 3), threads));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        List<long[]> rows = rowsOf("chains-many");
        assertEquals(240 + 240 / 3 * 3, rows.size());
        assertTrue(rows.stream().map(r -> r[1]).distinct().count() > 1, "writers used several chains");
        AuditModels.Result result = verify();
        assertTrue(result.valid(), result::toString);
    }

    @Test
    void aChangedRowIsFound() {
        appendMarks("chains-changed", 3);
        long seq = rowsOf("chains-changed").get(1)[0];
        guardsDown();
        Sql.update("UPDATE audit_event SET detail = 'forged' WHERE seq = ?", seq);
        repairs.add(() -> Sql.update("UPDATE audit_event SET detail = 'mark 1' WHERE seq = ?", seq));
        AuditModels.Result result = verify();
        assertFalse(result.valid());
        assertEquals(seq, result.firstBrokenSeq());
        assertEquals("row content does not match its hash", result.problem());
    }

    @Test
    void aDeletedRowInTheMiddleOfAChainIsFound() {
        appendMarks("chains-deleted", 3);
        List<long[]> rows = rowsOf("chains-deleted");
        Map<String, Object> middle = row(rows.get(1)[0]);
        guardsDown();
        Sql.update("DELETE FROM audit_event WHERE seq = ?", rows.get(1)[0]);
        repairs.add(() -> insert(middle));
        AuditModels.Result result = verify();
        assertFalse(result.valid());
        assertEquals(rows.get(2)[0], result.firstBrokenSeq(), "found at the row after the gap");
        assertTrue(result.problem().contains("is missing"), result.problem());
    }

    @Test
    void rowsCutOffTheEndOfAChainAreFound() {
        appendMarks("chains-tail", 2);
        long chain = rowsOf("chains-tail").get(1)[1];
        // The chain's last row now (a background job may have appended to it since).
        long lastSeq = Sql.query(
                        "SELECT seq FROM audit_event WHERE chain = ? ORDER BY chain_seq DESC LIMIT 1",
                        rs -> rs.getLong(1),
                        chain)
                .get(0);
        Map<String, Object> last = row(lastSeq);
        guardsDown();
        Sql.update("DELETE FROM audit_event WHERE seq = ?", lastSeq);
        repairs.add(() -> insert(last));
        AuditModels.Result result = verify();
        assertFalse(result.valid());
        assertTrue(result.problem().contains("of chain " + chain + " were removed"), result.problem());
    }

    @Test
    void twoRowsOfAChainSwappedAreFound() {
        appendMarks("chains-swapped", 3);
        List<long[]> rows = rowsOf("chains-swapped");
        long a = rows.get(0)[0];
        long b = rows.get(1)[0];
        Map<String, Object> rowA = row(a);
        Map<String, Object> rowB = row(b);
        guardsDown();
        // Reordered: each row's content (with its own hash and link) put in the other's place.
        Sql.update("DELETE FROM audit_event WHERE seq IN (?, ?)", a, b);
        Map<String, Object> movedA = new java.util.LinkedHashMap<>(rowA);
        movedA.put("seq", b);
        Map<String, Object> movedB = new java.util.LinkedHashMap<>(rowB);
        movedB.put("seq", a);
        insert(movedB);
        insert(movedA);
        repairs.add(() -> {
            Sql.update("DELETE FROM audit_event WHERE seq IN (?, ?)", a, b);
            insert(rowA);
            insert(rowB);
        });
        AuditModels.Result result = verify();
        assertFalse(result.valid());
        assertEquals(a, result.firstBrokenSeq());
        assertTrue(result.problem().contains("out of order"), result.problem());
    }

    @Test
    void aRowMovedToAnotherChainIsFound() {
        appendMarks("chains-moved", 1);
        long[] r = rowsOf("chains-moved").get(0);
        int other = (int) (r[1] % AuditChains.COUNT) + 1;
        long otherLast = Sql.query("SELECT last_seq FROM audit_chain_head WHERE id = ?", rs -> rs.getLong(1), other)
                .get(0);
        guardsDown();
        // Renumbered to fit the other chain's sequence exactly: only the link gives it away.
        Sql.update("UPDATE audit_event SET chain = ?, chain_seq = ? WHERE seq = ?", other, otherLast + 1, r[0]);
        repairs.add(
                () -> Sql.update("UPDATE audit_event SET chain = ?, chain_seq = ? WHERE seq = ?", r[1], r[2], r[0]));
        AuditModels.Result result = verify();
        assertFalse(result.valid());
        assertEquals(r[0], result.firstBrokenSeq());
    }

    @Test
    void everyChainStartsFromItsOwnGenesis() {
        List<String> heads = Sql.query(
                "SELECT last_hash FROM audit_chain_head WHERE last_seq = 0 ORDER BY id", rs -> rs.getString(1));
        assertEquals(heads.size(), heads.stream().distinct().count(), "no two empty chains share a genesis");
        assertEquals(
                AuditChains.COUNT,
                Sql.query("SELECT COUNT(*) FROM audit_chain_head", rs -> rs.getLong(1))
                        .get(0));
        assertEquals(
                AuditChains.genesis(64),
                Sql.query(
                                "SELECT prev_hash FROM audit_event WHERE chain = 64 AND chain_seq = 1"
                                        + " UNION ALL SELECT last_hash FROM audit_chain_head WHERE id = 64 AND last_seq = 0",
                                rs -> rs.getString(1))
                        .get(0),
                "the migration's SQL genesis and the verifier's agree");
    }
}
