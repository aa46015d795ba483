package vn.donghanh.escalation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;
import vn.donghanh.notification.CaseAttendedEvent;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** Overdue alerts as mentors and officers see them, their acknowledgement, and the first human action. */
@Singleton
public class AlertService {
    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    public AlertService(JdbcOperations jdbc, CaseService cases, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open alerts in the caller's scope, longest overdue first (overdueSince, then id), one page after {@code cursor}. */
    @Transactional
    public Page<EscalationModels.Alert> openAlerts(Caller caller, String cursor, int limit) {
        if (!caller.is(Role.OFFICER, Role.MENTOR)) {
            throw ApiException.forbidden("alerts are for officers and mentors");
        }
        CaseScope scope = CaseScope.of(caller);
        List<Object> params = new ArrayList<>(scope.params());
        String after = Keyset.afterInstant(cursor, "oa.overdue_since", "oa.id", false, params);
        params.add(limit + 1);
        List<EscalationModels.Alert> rows = SqlLists.query(
                jdbc,
                """
                SELECT oa.* FROM overdue_alert oa
                WHERE oa.resolved_at IS NULL AND oa.case_id IN (""" + scope.caseIds() + ")" + after + " ORDER BY oa.overdue_since, oa.id LIMIT ?",
                params,
                AlertService::alert);
        Page<EscalationModels.Alert> page = Page.ofOverfetched(
                named(rows),
                limit,
                last -> Cursor.encode(last.overdueSince().toInstant().toString(), last.id()));
        audit.appendAll(page.items().stream()
                .map(a -> AuditEntry.of(caller, AuditAction.CASE_LIST, a.caseId(), "alerts", null))
                .toList());
        return page;
    }

    @Transactional
    public EscalationModels.Alert acknowledge(Caller caller, String alertId) {
        if (!caller.is(Role.OFFICER, Role.MENTOR)) {
            throw ApiException.forbidden("alerts are acknowledged by officers and mentors");
        }
        String caseId = SqlLists.one(
                        jdbc,
                        "SELECT case_id FROM overdue_alert WHERE id = ?",
                        Arrays.asList(alertId),
                        rs -> rs.getString(1))
                .orElse(null);
        if (caseId == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, caseId);
        markFirstAction(alertId, null, "ACKNOWLEDGED", caller.accountId());
        audit.append(AuditEntry.of(caller, AuditAction.ALERT_ACKNOWLEDGE, caseId, "alert:" + alertId, null));
        EscalationModels.Alert alert = SqlLists.one(
                        jdbc,
                        "SELECT oa.* FROM overdue_alert oa WHERE oa.id = ?",
                        Arrays.asList(alertId),
                        AlertService::alert)
                .orElseThrow();
        return named(List.of(alert)).get(0);
    }

    /** A contact logged or a message sent counts as the first action on every open alert of the case. */
    @EventListener
    void onCaseAttended(CaseAttendedEvent event) {
        markFirstAction(null, event.caseId(), event.action(), event.accountId());
    }

    private void markFirstAction(String alertId, String caseId, String action, String accountId) {
        SqlLists.update(
                jdbc,
                "UPDATE overdue_alert SET first_action_at = ?, first_action_kind = ?, first_action_by = ? "
                        + "WHERE first_action_at IS NULL AND resolved_at IS NULL AND "
                        + (alertId != null ? "id = ?" : "case_id = ?"),
                Arrays.asList(Timestamp.from(clock.instant()), action, accountId, alertId != null ? alertId : caseId));
    }

    /** The alerts with their person's name, from casefile. */
    private List<EscalationModels.Alert> named(List<EscalationModels.Alert> alerts) {
        var labels =
                cases.labels(alerts.stream().map(EscalationModels.Alert::caseId).toList());
        return alerts.stream()
                .map(a -> new EscalationModels.Alert(
                        a.id(),
                        a.caseId(),
                        labels.get(a.caseId()).fullName(),
                        a.kind(),
                        a.overdueSince(),
                        a.mentorNotifiedAt(),
                        a.officerNotifiedAt(),
                        a.firstActionAt(),
                        a.firstActionKind(),
                        a.minutesToFirstAction(),
                        a.resolvedAt()))
                .toList();
    }

    /** An alert as stored; its {@code fullName} is filled in by {@link #named}. */
    private static EscalationModels.Alert alert(ResultSet rs) throws java.sql.SQLException {
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
