package vn.donghanh.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.DataCipher;

/** The only code that names {@code correction_request}; the proposed value is stored encrypted. */
@Singleton
class CorrectionStore {
    private final JdbcOperations jdbc;
    private final DataCipher cipher;

    CorrectionStore(JdbcOperations jdbc, DataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** One request as stored (the proposed value decrypted). */
    record Row(
            String id,
            String caseId,
            CorrectableField field,
            String proposed,
            String reason,
            CorrectionStatus status,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String declineReason) {}

    void insert(
            String id, String caseId, CorrectableField field, String proposed, String reason, String by, Instant at) {
        SqlLists.update(
                jdbc,
                """
                INSERT INTO correction_request (id, case_id, field, proposed_enc, reason, status, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""",
                Arrays.asList(id, caseId, field.name(), cipher.encrypt(proposed), reason, by, Timestamp.from(at)));
    }

    boolean hasOpen(String caseId, CorrectableField field) {
        return SqlLists.one(
                        jdbc,
                        "SELECT 1 FROM correction_request WHERE case_id = ? AND field = ? AND status = 'OPEN' LIMIT 1",
                        Arrays.asList(caseId, field.name()),
                        rs -> 1)
                .isPresent();
    }

    Optional<Row> lock(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM correction_request WHERE id = ? FOR UPDATE", List.of(id), this::read);
    }

    Optional<Row> find(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM correction_request WHERE id = ?", List.of(id), this::read);
    }

    void decide(String id, CorrectionStatus status, String by, Instant at, String declineReason) {
        SqlLists.update(jdbc, """
                UPDATE correction_request SET status = ?, decided_by = ?, decided_at = ?, decline_reason = ?
                WHERE id = ? AND status = 'OPEN'""", Arrays.asList(status.name(), by, Timestamp.from(at), declineReason, id));
    }

    List<Row> ofCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT * FROM correction_request WHERE case_id = ? ORDER BY requested_at DESC, id",
                List.of(caseId),
                this::read);
    }

    /** The requests with {@code status} about the cases in {@code scope}, oldest first (the longest waiting on top). */
    List<Row> inScope(CaseScope scope, CorrectionStatus status, int limit) {
        List<Object> params = new ArrayList<>(List.of(status.name()));
        params.addAll(scope.params());
        params.add(limit);
        return SqlLists.query(
                jdbc,
                "SELECT * FROM correction_request WHERE status = ? AND case_id IN (" + scope.caseIds()
                        + ") ORDER BY requested_at, id LIMIT ?",
                params,
                this::read);
    }

    /** Retention: the proposed value and both free texts replaced, keeping field, status and dates for statistics. */
    void erase(String caseId) {
        SqlLists.update(
                jdbc,
                "UPDATE correction_request SET proposed_enc = ?, reason = '', decline_reason = NULL WHERE case_id = ?",
                Arrays.asList(cipher.encrypt(""), caseId));
    }

    private Row read(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(
                rs.getString("id"),
                rs.getString("case_id"),
                CorrectableField.valueOf(rs.getString("field")),
                cipher.decrypt(rs.getBytes("proposed_enc")),
                rs.getString("reason"),
                CorrectionStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decline_reason"));
    }
}
