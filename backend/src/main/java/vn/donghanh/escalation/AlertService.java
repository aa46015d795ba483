package vn.donghanh.escalation;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.notification.CaseAttendedEvent;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** Overdue alerts as mentors and officers see them, their acknowledgement, and the first human action. */
@Singleton
public class AlertService {
    private final AlertStore store;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    public AlertService(AlertStore store, CaseService cases, AuditLog audit, Clock clock) {
        this.store = store;
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
        List<EscalationModels.Alert> rows = store.open(scope, cursor, limit);
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
        String caseId = store.caseOf(alertId);
        if (caseId == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, caseId);
        markFirstAction(alertId, null, "ACKNOWLEDGED", caller.accountId());
        audit.append(AuditEntry.of(caller, AuditAction.ALERT_ACKNOWLEDGE, caseId, "alert:" + alertId, null));
        EscalationModels.Alert alert = store.find(alertId);
        return named(List.of(alert)).get(0);
    }

    /** A contact logged or a message sent counts as the first action on every open alert of the case. */
    @EventListener
    void onCaseAttended(CaseAttendedEvent event) {
        markFirstAction(null, event.caseId(), event.action(), event.accountId());
    }

    private void markFirstAction(String alertId, String caseId, String action, String accountId) {
        store.markFirstAction(alertId, caseId, action, accountId, clock.instant());
    }

    /**
     * Minutes from "overdue" to the first human action, ascending, for the alerts that went overdue at or after
     * {@code since}, per unit the cases in {@code scope} are registered in (the commune summary's response times;
     * a unit without any is absent). One query for the whole scope.
     */
    public Map<String, List<Long>> responseMinutesByUnitSince(CaseScope scope, Instant since) {
        return store.responseMinutesByUnitSince(scope, Timestamp.from(since));
    }

    /** Per unit the cases in {@code scope} are registered in, how many alerts went overdue at or after {@code since}. */
    public Map<String, Long> countsByUnitSince(CaseScope scope, Instant since) {
        return store.countsByUnitSince(scope, Timestamp.from(since));
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
}
