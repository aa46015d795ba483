package vn.donghanh.escalation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/**
 * The alerts as mentors, officers and the commune summary read them, and their first human action
 * ({@code overdue_alert}; {@link OverdueAlertScan} opens and closes them).
 */
@Singleton
class AlertStore {
    private final JdbcOperations jdbc;

    AlertStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit + 1} open alerts in the scope after {@code cursor}, longest overdue first; unnamed. */
    List<EscalationModels.Alert> open(CaseScope scope, String cursor, int limit) {
        List<Object> params = new ArrayList<>(scope.params());
        String after = Keyset.afterInstant(cursor, "oa.overdue_since", "oa.id", false, params);
        params.add(limit + 1);
        return SqlLists.query(
                jdbc,
                """
                SELECT oa.* FROM overdue_alert oa
                WHERE oa.resolved_at IS NULL AND oa.case_id IN (""" + scope.caseIds() + ")" + after + " ORDER BY oa.overdue_since, oa.id LIMIT ?",
                params,
                AlertStore::alert);
    }

    /** The alert's case, or null when there is no such alert. */
    String caseOf(String alertId) {
        return SqlLists.one(
                        jdbc,
                        "SELECT case_id FROM overdue_alert WHERE id = ?",
                        Arrays.asList(alertId),
                        rs -> rs.getString(1))
                .orElse(null);
    }

    /** The alert, unnamed. */
    EscalationModels.Alert find(String alertId) {
        return SqlLists.one(
                        jdbc,
                        "SELECT oa.* FROM overdue_alert oa WHERE oa.id = ?",
                        Arrays.asList(alertId),
                        AlertStore::alert)
                .orElseThrow();
    }

    /** The first action on the alert {@code alertId}, or (null id) on every open alert of {@code caseId}. */
    void markFirstAction(String alertId, String caseId, String action, String accountId, Instant at) {
        SqlLists.update(
                jdbc,
                "UPDATE overdue_alert SET first_action_at = ?, first_action_kind = ?, first_action_by = ? "
                        + "WHERE first_action_at IS NULL AND resolved_at IS NULL AND "
                        + (alertId != null ? "id = ?" : "case_id = ?"),
                Arrays.asList(Timestamp.from(at), action, accountId, alertId != null ? alertId : caseId));
    }

    /**
     * Per unit the cases in {@code scope} are registered in, how many of their alerts went overdue at or after
     * {@code since}: one GROUP BY for every commune of the scope.
     */
    Map<String, Long> countsByUnitSince(CaseScope scope, Timestamp since) {
        Map<String, Long> out = new HashMap<>();
        SqlLists.forEach(
                jdbc,
                "SELECT sc.admin_unit_id, COUNT(*) FROM overdue_alert oa JOIN (" + scope.caseUnits()
                        + ") sc ON sc.id = oa.case_id WHERE oa.overdue_since >= ? GROUP BY sc.admin_unit_id",
                scopeThen(scope, since),
                rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /**
     * Per unit the cases in {@code scope} are registered in, the minutes from "overdue" to the first action of
     * their alerts overdue at or after {@code since}, ascending: one statement for every commune of the scope.
     */
    Map<String, List<Long>> responseMinutesByUnitSince(CaseScope scope, Timestamp since) {
        Map<String, List<Long>> out = new HashMap<>();
        SqlLists.forEach(
                jdbc,
                "SELECT sc.admin_unit_id, TIMESTAMPDIFF(MINUTE, oa.overdue_since, oa.first_action_at) FROM overdue_alert oa"
                        + " JOIN (" + scope.caseUnits() + ") sc ON sc.id = oa.case_id"
                        + " WHERE oa.first_action_at IS NOT NULL AND oa.overdue_since >= ? ORDER BY 2",
                scopeThen(scope, since),
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(Math.max(0, rs.getLong(2))));
        return out;
    }

    /** The parameters of a query over the scope's cases "AND ... >= since", in that order. */
    private static List<Object> scopeThen(CaseScope scope, Timestamp since) {
        List<Object> params = new ArrayList<>(scope.params());
        params.add(since);
        return params;
    }

    /** An alert as stored; its {@code fullName} is filled in by {@link AlertService}. */
    private static EscalationModels.Alert alert(ResultSet rs) throws SQLException {
        OffsetDateTime since = Times.utc(rs, "overdue_since");
        OffsetDateTime first = Times.utc(rs, "first_action_at");
        return new EscalationModels.Alert(
                rs.getString("id"),
                rs.getString("case_id"),
                null,
                PlanKind.valueOf(rs.getString("kind")),
                since,
                Times.utc(rs, "mentor_notified_at"),
                Times.utc(rs, "officer_notified_at"),
                first,
                rs.getString("first_action_kind"),
                first == null
                        ? null
                        : Math.max(0, Duration.between(since, first).toMinutes()),
                Times.utc(rs, "resolved_at"));
    }
}
