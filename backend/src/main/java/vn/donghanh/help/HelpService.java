package vn.donghanh.help;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
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
    private final HelpStore store;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    public HelpService(
            HelpStore store,
            CaseService cases,
            CaseResponders responders,
            Notifier notifier,
            AuditLog audit,
            Clock clock) {
        this.store = store;
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
        return store.claimUnanswered(createdBefore, limit);
    }

    /** Records that these requests went up to the officers at {@code at}. */
    public void markEscalated(List<String> ids, Instant at) {
        store.markEscalated(ids, at);
    }

    @Transactional
    public HelpModels.HelpRequest ask(Caller caller, String caseId, HelpModels.AskForHelp r) {
        if (!caller.is(Role.PERSON)) {
            throw ApiException.forbidden("help is asked for by the person");
        }
        cases.inScope(caller, caseId);
        String id = r.id().toString();
        var existing = store.find(id);
        if (existing != null) {
            if (!existing.caseId().equals(caseId)) {
                throw ApiException.conflict("id-in-use", "id is already used by another record");
            }
            return existing;
        }
        Instant now = clock.instant();
        store.insert(
                id, caseId, r.category(), r.note() == null ? null : r.note().strip(), now);
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
            store.escalatedAt(id, now);
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.HELP_REQUEST,
                caseId,
                "help:" + id,
                r.category().name()));
        return store.find(id);
    }

    @Transactional
    public HelpModels.HelpRequest acknowledge(Caller caller, String id) {
        HelpModels.HelpRequest h = requireResponder(caller, id);
        store.acknowledge(id, caller.accountId(), clock.instant());
        audit.append(AuditEntry.of(caller, AuditAction.HELP_ACKNOWLEDGE, h.caseId(), "help:" + id, null));
        return store.find(id);
    }

    @Transactional
    public HelpModels.HelpRequest resolve(Caller caller, String id, HelpModels.Resolve r) {
        HelpModels.HelpRequest h = requireResponder(caller, id);
        int resolved = store.resolve(id, caller.accountId(), r.note().strip(), clock.instant());
        if (resolved == 0) {
            throw ApiException.conflict(
                    "already-resolved",
                    "the request was resolved at " + store.find(id).resolvedAt());
        }
        audit.append(AuditEntry.of(caller, AuditAction.HELP_RESOLVE, h.caseId(), "help:" + id, null));
        return store.find(id);
    }

    /** The case's help requests, newest first (createdAt, then id), one page after {@code cursor}: they grow with time. */
    @Transactional
    public Page<HelpModels.HelpRequest> forCase(Caller caller, String caseId, String cursor, int limit) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.HELP_REQUESTS_READ, caseId, "help", null));
        List<HelpModels.HelpRequest> rows = store.forCase(caseId, cursor, limit);
        return Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.createdAt().toInstant().toString(), last.id()));
    }

    /** An unresolved help request with the name of the person who raised it. */
    public record Open(HelpModels.HelpRequest request, String fullName) {}

    /**
     * The unresolved help requests of every case in the caller's scope (officers: their unit and below; mentors:
     * their active mentees), longest waiting first (createdAt, then id), one page after {@code cursor}.
     */
    @Transactional
    public Page<Open> openInScope(Caller caller, String cursor, int limit) {
        if (!caller.is(Role.OFFICER, Role.MENTOR)) {
            throw ApiException.forbidden("open help requests are for officers and mentors");
        }
        List<HelpModels.HelpRequest> rows = store.open(CaseScope.of(caller), cursor, limit);
        Map<String, CaseQueries.CaseLabel> labels =
                cases.labels(rows.stream().map(HelpModels.HelpRequest::caseId).toList());
        Page<Open> page = Page.ofOverfetched(
                rows.stream()
                        .map(h -> new Open(
                                h,
                                labels.containsKey(h.caseId())
                                        ? labels.get(h.caseId()).fullName()
                                        : ""))
                        .toList(),
                limit,
                last -> Cursor.encode(
                        last.request().createdAt().toInstant().toString(),
                        last.request().id()));
        audit.appendAll(page.items().stream()
                .map(o -> o.request().caseId())
                .distinct()
                .map(caseId -> AuditEntry.of(caller, AuditAction.HELP_REQUESTS_READ, caseId, "help", null))
                .toList());
        return page;
    }

    /** Help requests by id, unscoped: the sync feed has already scoped the ids (a page of at most 500). */
    /** A help request, for counts: when it was asked and when a person first answered it (null: not yet). */
    public record AskedAndAnswered(
            String caseId,
            Instant askedAt,
            @io.micronaut.core.annotation.Nullable Instant answeredAt) {}

    /** The help requests of these cases asked in [from, to), in one query per chunk; no names (counts). */
    public List<AskedAndAnswered> askedBetween(Collection<String> caseIds, Instant from, Instant to) {
        return caseIds.isEmpty() ? List.of() : store.askedBetween(caseIds, from, to);
    }

    public List<HelpModels.HelpRequest> byIds(Collection<String> ids) {
        return store.byIds(ids);
    }

    private HelpModels.HelpRequest requireResponder(Caller caller, String id) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("help requests are answered by mentors and officers");
        }
        HelpModels.HelpRequest h = store.find(id);
        if (h == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, h.caseId());
        return h;
    }

    /** For the phones' snapshot (sync): the ids of the cases' open help requests and those asked since {@code since}. */
    public List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        return store.snapshotIds(caseIds, since);
    }
}
