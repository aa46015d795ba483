package vn.donghanh.checkin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.common.SqlLists;

/**
 * The {@code supervision_watch} table (V28): per plan series, the state the escalation scan last stored and when it
 * must be looked at again. Triggers on every table a plan's state is computed from set {@code next_check_at} to the
 * epoch ("touched"), so "due" ({@code next_check_at <= now}) means: a deadline passed or something was written since
 * the last evaluation. Rows that are not due hold a state that is still true now.
 */
@Singleton
class SupervisionWatch {
    /** A claimed or due row. */
    record Key(String caseId, String seriesId) {}

    /** A stored overdue row of the list. */
    record Overdue(String caseId, String seriesId, PlanKind kind, Instant since) {}

    private final JdbcOperations jdbc;

    SupervisionWatch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} due rows, the longest due first, locked until the caller's transaction ends; rows another
     * instance holds are skipped (they are that instance's to evaluate and store).
     */
    List<Key> claimDue(Instant now, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT case_id, series_id FROM supervision_watch WHERE next_check_at <= ?"
                        + " ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED",
                Arrays.asList(Timestamp.from(now), limit),
                rs -> new Key(rs.getString(1), rs.getString(2)));
    }

    /** Stores what an evaluation found for claimed rows (kind, overdue since, next check). */
    void store(List<Key> keys, List<PlanState> states, Instant now) {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            PlanState s = states.get(i);
            rows.add(Arrays.asList(
                    s.kind().name(),
                    stamp(s.nextCheckAt()),
                    stamp(s.overdueSince()),
                    Timestamp.from(now),
                    keys.get(i).caseId(),
                    keys.get(i).seriesId()));
        }
        if (!rows.isEmpty()) {
            SqlLists.batch(
                    jdbc,
                    "UPDATE supervision_watch SET kind = ?, next_check_at = ?, overdue_since = ?, evaluated_at = ?"
                            + " WHERE case_id = ? AND series_id = ?",
                    rows);
        }
    }

    /** Claimed rows of cases not under supervision: nothing is expected, and only a write (resuming) changes that. */
    void park(List<Key> keys, Instant now) {
        List<List<Object>> rows = new ArrayList<>();
        keys.forEach(k -> rows.add(Arrays.asList(Timestamp.from(now), k.caseId(), k.seriesId())));
        if (!rows.isEmpty()) {
            SqlLists.batch(
                    jdbc,
                    "UPDATE supervision_watch SET next_check_at = NULL, overdue_since = NULL, evaluated_at = ?"
                            + " WHERE case_id = ? AND series_id = ?",
                    rows);
        }
    }

    /** Claimed rows whose series no longer has any plan version. */
    void forget(List<Key> keys) {
        List<List<Object>> rows = new ArrayList<>();
        keys.forEach(k -> rows.add(Arrays.asList(k.caseId(), k.seriesId())));
        if (!rows.isEmpty()) {
            SqlLists.batch(jdbc, "DELETE FROM supervision_watch WHERE case_id = ? AND series_id = ?", rows);
        }
    }

    /** The rows in scope that are due now (not locked: the overdue list evaluates them live, the scan stores). */
    List<Key> dueIn(CaseScope scope, Instant now) {
        List<Object> params = new ArrayList<>(scope.params());
        params.add(Timestamp.from(now));
        return SqlLists.query(
                jdbc,
                "SELECT w.case_id, w.series_id FROM " + inScope(scope) + " WHERE w.next_check_at <= ?",
                params,
                rs -> new Key(rs.getString(1), rs.getString(2)));
    }

    /**
     * Up to {@code limit} stored overdue rows in scope after the key ({@code afterSince}, {@code afterCase},
     * {@code afterSeries}) in the list's order; rows due now are left out (their stored state may be stale: the
     * caller evaluates them live).
     */
    List<Overdue> overdueAfter(
            CaseScope scope, Instant now, Instant afterSince, String afterCase, String afterSeries, int limit) {
        List<Object> params = new ArrayList<>(scope.params());
        params.add(Timestamp.from(now));
        String after = "";
        if (afterSince != null) {
            Timestamp since = Timestamp.from(afterSince);
            after =
                    " AND (overdue_since > ? OR (overdue_since = ? AND (case_id > ? OR (case_id = ? AND series_id > ?))))";
            params.addAll(Arrays.asList(since, since, afterCase, afterCase, afterSeries));
        }
        params.add(limit);
        return SqlLists.query(
                jdbc,
                "SELECT w.case_id, w.series_id, w.kind, w.overdue_since FROM " + inScope(scope)
                        + " WHERE w.overdue_since IS NOT NULL"
                        + " AND (next_check_at IS NULL OR next_check_at > ?)" + after
                        + " ORDER BY w.overdue_since, w.case_id, w.series_id LIMIT ?",
                params,
                rs -> new Overdue(
                        rs.getString(1),
                        rs.getString(2),
                        PlanKind.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()));
    }

    /** The cases in scope with a stored overdue row that is not due now. */
    Set<String> overdueCases(CaseScope scope, Instant now) {
        List<Object> params = new ArrayList<>(scope.params());
        params.add(Timestamp.from(now));
        Set<String> out = new HashSet<>();
        SqlLists.forEach(
                jdbc,
                "SELECT DISTINCT w.case_id FROM " + inScope(scope)
                        + " WHERE w.overdue_since IS NOT NULL AND (w.next_check_at IS NULL OR w.next_check_at > ?)",
                params,
                rs -> out.add(rs.getString(1)));
        return out;
    }

    /**
     * The scope's cases, then their rows by primary key: a commune's few hundred rows, sorted after. Without
     * STRAIGHT_JOIN the optimizer walked the overdue index of the whole country in order and tested each row
     * against the scope (about 40 ms for a 30-case commune at 100,000 cases, whatever the commune's size).
     */
    private static String inScope(CaseScope scope) {
        return "(" + scope.caseIds() + ") sc STRAIGHT_JOIN supervision_watch w ON w.case_id = sc.id";
    }

    private static Timestamp stamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
