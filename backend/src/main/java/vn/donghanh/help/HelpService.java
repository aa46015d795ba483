package vn.donghanh.help;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Stamps;
import vn.donghanh.common.Times;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * "I need help now": the mentor is notified at once (high priority, quiet hours do not apply);
 * the {@link vn.donghanh.escalation.EscalationJob} passes it to the commune's officers when nobody
 * acknowledges it in time. Acknowledge, then resolve with a note.
 */
@Singleton
public class HelpService {
    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    public HelpService(
            JdbcOperations jdbc,
            CaseService cases,
            CaseResponders responders,
            Notifier notifier,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.responders = responders;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** A help request no one acknowledged or resolved in time, claimed for the escalation ladder. */
    public record Unanswered(String id, String caseId) {}

    /**
     * Up to {@code limit} unanswered, not yet escalated requests made at or before {@code createdBefore}, oldest
     * first, locked in the caller's transaction (rows another instance holds locked are skipped: they are its to
     * escalate). The caller stamps them with {@link #markEscalated} in the same transaction.
     */
    public List<Unanswered> claimUnanswered(Instant createdBefore, int limit) {
        return SqlLists.query(
                jdbc,
                """
                SELECT id, case_id FROM help_request
                WHERE acknowledged_at IS NULL AND resolved_at IS NULL AND escalated_at IS NULL AND created_at <= ?
                ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                Arrays.asList(Timestamp.from(createdBefore), limit),
                rs -> new Unanswered(rs.getString(1), rs.getString(2)));
    }

    /** Records that these requests went up to the officers at {@code at}. */
    public void markEscalated(List<String> ids, Instant at) {
        Stamps.stamp(jdbc, "help_request", "escalated_at", ids, at, false);
    }

    @Transactional
    public HelpModels.HelpRequest ask(Caller caller, String caseId, HelpModels.AskForHelp r) {
        if (!caller.is(Role.PERSON)) {
            throw ApiException.forbidden("help is asked for by the person");
        }
        cases.inScope(caller, caseId);
        String id = r.id().toString();
        var existing = find(id);
        if (existing != null) {
            if (!existing.caseId().equals(caseId)) {
                throw ApiException.conflict("id-in-use", "id is already used by another record");
            }
            return existing;
        }
        Instant now = clock.instant();
        SqlLists.update(
                jdbc,
                "INSERT INTO help_request (id, case_id, category, note, created_at) VALUES (?, ?, ?, ?, ?)",
                Arrays.asList(
                        id,
                        caseId,
                        r.category().name(),
                        r.note() == null ? null : r.note().strip(),
                        Timestamp.from(now)));
        var mentor = responders.mentor(caseId);
        if (mentor.isPresent()) {
            notifier.notify(
                    mentor.get(),
                    NotificationText.HELP_REQUESTED,
                    Notifier.Priority.HIGH,
                    caseId,
                    id,
                    "help:" + id + ":mentor");
        } else {
            for (String officer : responders.officers(caseId)) {
                notifier.notify(
                        officer,
                        NotificationText.HELP_ESCALATED,
                        Notifier.Priority.HIGH,
                        caseId,
                        id,
                        "help:" + id + ":officer:" + officer);
            }
            SqlLists.update(
                    jdbc,
                    "UPDATE help_request SET escalated_at = ? WHERE id = ?",
                    Arrays.asList(Timestamp.from(now), id));
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.HELP_REQUEST,
                caseId,
                "help:" + id,
                r.category().name()));
        return find(id);
    }

    @Transactional
    public HelpModels.HelpRequest acknowledge(Caller caller, String id) {
        HelpModels.HelpRequest h = requireResponder(caller, id);
        SqlLists.update(
                jdbc,
                "UPDATE help_request SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL",
                Arrays.asList(Timestamp.from(clock.instant()), caller.accountId(), id));
        audit.append(AuditEntry.of(caller, AuditAction.HELP_ACKNOWLEDGE, h.caseId(), "help:" + id, null));
        return find(id);
    }

    @Transactional
    public HelpModels.HelpRequest resolve(Caller caller, String id, HelpModels.Resolve r) {
        HelpModels.HelpRequest h = requireResponder(caller, id);
        Instant now = clock.instant();
        int resolved = SqlLists.update(
                jdbc,
                """
                UPDATE help_request SET resolved_at = ?, resolved_by = ?, resolution_note = ?,
                  acknowledged_at = COALESCE(acknowledged_at, ?), acknowledged_by = COALESCE(acknowledged_by, ?)
                WHERE id = ? AND resolved_at IS NULL""",
                Arrays.asList(
                        Timestamp.from(now),
                        caller.accountId(),
                        r.note().strip(),
                        Timestamp.from(now),
                        caller.accountId(),
                        id));
        if (resolved == 0) {
            throw ApiException.conflict("already-resolved", "the request was resolved at " + find(id).resolvedAt());
        }
        audit.append(AuditEntry.of(caller, AuditAction.HELP_RESOLVE, h.caseId(), "help:" + id, null));
        return find(id);
    }

    /** The case's help requests, newest first (createdAt, then id), one page after {@code cursor}: they grow with time. */
    @Transactional
    public Page<HelpModels.HelpRequest> forCase(Caller caller, String caseId, String cursor, int limit) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.HELP_REQUESTS_READ, caseId, "help", null));
        List<Object> params = new ArrayList<>(List.of(caseId));
        String after = Keyset.afterInstant(cursor, "created_at", "id", true, params);
        params.add(limit + 1);
        List<HelpModels.HelpRequest> rows = SqlLists.query(
                jdbc,
                "SELECT * FROM help_request WHERE case_id = ?" + after + " ORDER BY created_at DESC, id DESC LIMIT ?",
                params,
                HelpService::row);
        return Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.createdAt().toInstant().toString(), last.id()));
    }

    /** Help requests by id, unscoped: the sync feed has already scoped the ids (a page of at most 500). */
    public List<HelpModels.HelpRequest> byIds(java.util.Collection<String> ids) {
        return SqlLists.byIds(jdbc, "help_request", ids, HelpService::row);
    }

    private HelpModels.HelpRequest requireResponder(Caller caller, String id) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("help requests are answered by mentors and officers");
        }
        HelpModels.HelpRequest h = find(id);
        if (h == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, h.caseId());
        return h;
    }

    private HelpModels.HelpRequest find(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM help_request WHERE id = ?", Arrays.asList(id), HelpService::row)
                .orElse(null);
    }

    private static HelpModels.HelpRequest row(ResultSet rs) throws java.sql.SQLException {
        return new HelpModels.HelpRequest(
                rs.getString("id"),
                rs.getString("case_id"),
                HelpModels.Category.valueOf(rs.getString("category")),
                rs.getString("note"),
                Times.utc(rs, "created_at"),
                Times.utc(rs, "escalated_at"),
                Times.utc(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                Times.utc(rs, "resolved_at"),
                rs.getString("resolution_note"));
    }
}
