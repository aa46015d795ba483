package vn.donghanh.transfer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.SqlLists;

/** The only code that names {@code case_transfer}. */
@Singleton
class TransferStore {
    private static final String COLUMNS =
            "t.id, t.case_id, t.from_unit_id, t.to_unit_id, t.initiated_by, t.state, t.move_date, "
                    + "t.reason, t.new_address, t.note, t.case_status, t.requested_by, t.requested_at, t.answer_due_at, "
                    + "t.offered_by, t.offered_at, t.answered_by, t.answered_at, t.answer_reason, t.escalated_at, t.version";
    private static final String OPEN = "('REQUESTED', 'ASKED', 'OFFERED')";

    private final JdbcOperations jdbc;

    TransferStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A transfer as stored. */
    record Row(
            String id,
            String caseId,
            String fromUnitId,
            String toUnitId,
            TransferState.Side initiatedBy,
            TransferState state,
            LocalDate moveDate,
            String reason,
            String newAddress,
            String note,
            String caseStatus,
            String requestedBy,
            Instant requestedAt,
            Instant answerDueAt,
            String offeredBy,
            Instant offeredAt,
            String answeredBy,
            Instant answeredAt,
            String answerReason,
            Instant escalatedAt,
            int version) {}

    /** @return false when the case already has an open transfer (the unique open_case_id) */
    boolean insert(Row r) {
        return SqlLists.insertOnce(
                        jdbc,
                        """
                        INSERT INTO case_transfer (id, case_id, from_unit_id, to_unit_id, initiated_by, state, move_date,
                            reason, new_address, note, case_status, requested_by, requested_at, answer_due_at, open_case_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        Arrays.asList(
                                r.id(),
                                r.caseId(),
                                r.fromUnitId(),
                                r.toUnitId(),
                                r.initiatedBy().name(),
                                r.state().name(),
                                r.moveDate(),
                                r.reason(),
                                r.newAddress(),
                                r.note(),
                                r.caseStatus(),
                                r.requestedBy(),
                                Timestamp.from(r.requestedAt()),
                                Timestamp.from(r.answerDueAt()),
                                r.caseId()))
                == 1;
    }

    Optional<Row> find(String id) {
        return SqlLists.one(
                jdbc, "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.id = ?", List.of(id), TransferStore::row);
    }

    Optional<Row> findForUpdate(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.id = ? FOR UPDATE",
                List.of(id),
                TransferStore::row);
    }

    Optional<Row> openOf(String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.open_case_id = ?",
                List.of(caseId),
                TransferStore::row);
    }

    List<Row> ofCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.case_id = ? ORDER BY t.requested_at DESC, t.id",
                List.of(caseId),
                TransferStore::row);
    }

    /**
     * Compare-and-set on the version: the answer of one of two officers answering at once wins.
     *
     * @return whether this call moved the transfer
     */
    boolean answer(Row r, TransferState to, String by, Instant at, String reason) {
        return SqlLists.update(
                        jdbc,
                        "UPDATE case_transfer SET state = ?, answered_by = ?, answered_at = ?, answer_reason = ?, "
                                + "open_case_id = NULL, version = version + 1 WHERE id = ? AND version = ?",
                        Arrays.asList(to.name(), by, Timestamp.from(at), reason, r.id(), r.version()))
                == 1;
    }

    /** The holder releases a case the receiver asked for: the receiver's clock starts again. */
    boolean offer(Row r, String by, Instant at, Instant answerDueAt) {
        return SqlLists.update(
                        jdbc,
                        "UPDATE case_transfer SET state = 'OFFERED', offered_by = ?, offered_at = ?, answer_due_at = ?, "
                                + "escalated_at = NULL, version = version + 1 WHERE id = ? AND version = ? AND state = 'ASKED'",
                        Arrays.asList(by, Timestamp.from(at), Timestamp.from(answerDueAt), r.id(), r.version()))
                == 1;
    }

    /**
     * Up to {@code limit + 1} open transfers in an officer's view after {@code cursor}, oldest deadline first: incoming (to a unit in scope),
     * outgoing (from one), or both. {@code overdueAt} non-null keeps only those past their deadline then.
     */
    List<Row> open(CaseScope scope, TransferService.Direction direction, Instant overdueAt, String cursor, int limit) {
        List<Object> params = new ArrayList<>();
        String where =
                switch (direction) {
                    case INCOMING -> {
                        params.addAll(scope.unitParams());
                        yield scope.coversUnit("t.to_unit_id");
                    }
                    case OUTGOING -> {
                        params.addAll(scope.unitParams());
                        yield scope.coversUnit("t.from_unit_id");
                    }
                };
        String sql = "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.state IN " + OPEN + " AND " + where;
        if (overdueAt != null) {
            sql += " AND t.answer_due_at <= ?";
            params.add(Timestamp.from(overdueAt));
        }
        sql += Keyset.afterInstant(cursor, "t.answer_due_at", "t.id", false, params);
        params.add(limit + 1);
        return SqlLists.query(jdbc, sql + " ORDER BY t.answer_due_at, t.id LIMIT ?", params, TransferStore::row);
    }

    /** Up to {@code limit + 1} transfers answered (closed) in a unit's view after {@code cursor}, newest first. */
    List<Row> recentlyClosed(CaseScope scope, Instant since, String cursor, int limit) {
        List<Object> params = new ArrayList<>(scope.unitParams());
        params.addAll(scope.unitParams());
        params.add(Timestamp.from(since));
        String after = Keyset.afterInstant(cursor, "t.answered_at", "t.id", true, params);
        params.add(limit + 1);
        return SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.state NOT IN " + OPEN + " AND ("
                        + scope.coversUnit("t.to_unit_id") + " OR " + scope.coversUnit("t.from_unit_id")
                        + ") AND t.answered_at >= ?" + after + " ORDER BY t.answered_at DESC, t.id DESC LIMIT ?",
                params,
                TransferStore::row);
    }

    /** Open transfers past their deadline and not yet escalated, claimed (several instances escalate each once). */
    List<Row> claimOverdue(Instant now, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.state IN " + OPEN
                        + " AND t.escalated_at IS NULL AND t.answer_due_at <= ? ORDER BY t.answer_due_at LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED",
                Arrays.asList(Timestamp.from(now), limit),
                TransferStore::row);
    }

    void markEscalated(String id, Instant at) {
        SqlLists.update(
                jdbc, "UPDATE case_transfer SET escalated_at = ? WHERE id = ?", Arrays.asList(Timestamp.from(at), id));
    }

    /** Accepted transfers whose acceptance falls in [from, to), counted for the units with these ids. */
    /** Every accepted transfer whose move date is {@code from} or later (the report's "which commune held it then"). */
    List<Row> acceptedMovingFrom(LocalDate from) {
        return SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.state = 'ACCEPTED' AND t.move_date >= ?",
                Arrays.asList(from),
                TransferStore::row);
    }

    List<Row> acceptedBetween(Instant from, Instant to) {
        return SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM case_transfer t WHERE t.state = 'ACCEPTED' AND t.answered_at >= ?"
                        + " AND t.answered_at < ?",
                Arrays.asList(Timestamp.from(from), Timestamp.from(to)),
                TransferStore::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                TransferState.Side.valueOf(rs.getString(5)),
                TransferState.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                instant(rs, 13),
                instant(rs, 14),
                rs.getString(15),
                instant(rs, 16),
                rs.getString(17),
                instant(rs, 18),
                rs.getString(19),
                instant(rs, 20),
                rs.getInt(21));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * Retention: a transfer's words (reason, the new address, notes, the answer's reason) go; communes, states and
     * dates stay. The reason cannot be NULL: it takes {@code replacement}.
     */
    void eraseTexts(String caseId, String replacement) {
        SqlLists.update(
                jdbc,
                "UPDATE case_transfer SET reason = ?, new_address = NULL, note = NULL, answer_reason = NULL"
                        + " WHERE case_id = ?",
                Arrays.asList(replacement, caseId));
    }
}
