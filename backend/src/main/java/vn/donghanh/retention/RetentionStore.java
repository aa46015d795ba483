package vn.donghanh.retention;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/** The retention feature's tables (V41): its runs and the cases they anonymised. */
@Singleton
class RetentionStore {
    private static final String RUN_SELECT = """
            SELECT r.id, r.started_at, r.finished_at, r.closed_before, r.after_closure, r.cases_failed,
                   (SELECT COUNT(*) FROM retention_case c WHERE c.run_id = r.id) AS anonymised
            FROM retention_run r""";

    private final JdbcOperations jdbc;

    RetentionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void startRun(String id, Instant startedAt, LocalDate closedBefore, String afterClosure) {
        SqlLists.update(
                jdbc,
                "INSERT INTO retention_run (id, started_at, closed_before, after_closure) VALUES (?, ?, ?, ?)",
                Arrays.asList(id, Timestamp.from(startedAt), closedBefore, afterClosure));
    }

    void finishRun(String id, Instant finishedAt, int failed) {
        SqlLists.update(
                jdbc,
                "UPDATE retention_run SET finished_at = ?, cases_failed = ? WHERE id = ?",
                Arrays.asList(Timestamp.from(finishedAt), failed, id));
    }

    /**
     * Claims the case for this run: true when this transaction inserted its row (and so must anonymise it before
     * committing), false when it was anonymised already. A concurrent claim of the same case by another instance
     * waits here until that one commits (then false) or rolls back (then true).
     */
    boolean claim(String caseId, String runId, Instant at) {
        return SqlLists.update(
                        jdbc,
                        "INSERT IGNORE INTO retention_case (case_id, run_id, anonymised_at) VALUES (?, ?, ?)",
                        Arrays.asList(caseId, runId, Timestamp.from(at)))
                == 1;
    }

    /** Of these cases, the ones anonymised already. */
    Set<String> anonymised(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(SqlLists.query(
                jdbc,
                "SELECT case_id FROM retention_case WHERE case_id IN (" + SqlLists.placeholders(caseIds.size()) + ")",
                new ArrayList<>(caseIds),
                rs -> rs.getString(1)));
    }

    /** Up to {@code limit} runs, newest first, after the run ({@code afterStartedAt}, {@code afterId}) if given. */
    List<RetentionModels.Run> runs(Instant afterStartedAt, String afterId, int limit) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (afterStartedAt != null) {
            where = " WHERE (r.started_at < ? OR (r.started_at = ? AND r.id < ?))";
            params.addAll(Arrays.asList(Timestamp.from(afterStartedAt), Timestamp.from(afterStartedAt), afterId));
        }
        params.add(limit);
        return SqlLists.query(
                jdbc,
                RUN_SELECT + where + " ORDER BY r.started_at DESC, r.id DESC LIMIT ?",
                params,
                RetentionStore::run);
    }

    Optional<RetentionModels.Run> run(String id) {
        return SqlLists.one(jdbc, RUN_SELECT + " WHERE r.id = ?", Arrays.asList(id), RetentionStore::run);
    }

    /** Up to {@code limit} of the run's cases in id order, after {@code afterCaseId} if given. */
    List<RetentionModels.AnonymisedCase> casesOf(String runId, String afterCaseId, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT case_id, anonymised_at FROM retention_case WHERE run_id = ? AND case_id > ?"
                        + " ORDER BY case_id LIMIT ?",
                Arrays.asList(runId, afterCaseId == null ? "" : afterCaseId, limit),
                rs -> new RetentionModels.AnonymisedCase(
                        rs.getString(1), Times.utc(rs.getTimestamp(2).toInstant())));
    }

    private static RetentionModels.Run run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RetentionModels.Run(
                rs.getString("id"),
                Times.utc(rs.getTimestamp("started_at").toInstant()),
                finished == null ? null : Times.utc(finished.toInstant()),
                rs.getObject("closed_before", LocalDate.class),
                rs.getString("after_closure"),
                rs.getInt("anonymised"),
                rs.getInt("cases_failed"));
    }

    /** When the case was anonymised, if it was. */
    Optional<Instant> anonymisedAt(String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT anonymised_at FROM retention_case WHERE case_id = ?",
                Arrays.asList(caseId),
                rs -> rs.getTimestamp(1).toInstant());
    }
}
