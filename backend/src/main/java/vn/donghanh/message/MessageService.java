package vn.donghanh.message;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Page;
import vn.donghanh.notification.CaseAttendedEvent;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Text messages about one case between exactly these pairs: the person and their active mentor,
 * the mentor and an officer responsible for the case. Nobody else can send or read them.
 */
@Singleton
public class MessageService {
    private final MessageStore store;
    private final AccountService accounts;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final ApplicationEventPublisher<CaseAttendedEvent> events;
    private final AuditLog audit;
    private final Clock clock;

    public MessageService(
            MessageStore store,
            AccountService accounts,
            CaseService cases,
            CaseResponders responders,
            Notifier notifier,
            ApplicationEventPublisher<CaseAttendedEvent> events,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.cases = cases;
        this.responders = responders;
        this.notifier = notifier;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MessageModels.Message send(Caller caller, String caseId, MessageModels.SendMessage r) {
        cases.inScope(caller, caseId);
        String recipient = r.recipientId().toString();
        MessageModels.Message existing = store.find(r.id().toString());
        if (existing != null) {
            if (!existing.caseId().equals(caseId)
                    || !existing.senderId().equals(caller.accountId())
                    || !existing.recipientId().equals(recipient)) {
                throw ApiException.conflict("id-in-use", "id is already used by another message");
            }
            return existing;
        }
        if (!mayTalk(caller, caseId, recipient)) {
            throw ApiException.badField("recipientId", "you cannot write to this account about this case");
        }
        Instant now = clock.instant();
        store.insert(
                r.id().toString(),
                caseId,
                caller.accountId(),
                recipient,
                r.body().strip(),
                now);
        notifier.notify(
                recipient,
                NotificationText.MESSAGE_RECEIVED,
                Notifier.Priority.NORMAL,
                caseId,
                r.id().toString(),
                "message:" + r.id());
        if (caller.is(Role.MENTOR) && recipient.equals(responders.person(caseId).orElse(null))) {
            // Reaching the person is what answers an overdue check-in; talk between mentor and officer is not.
            events.publishEvent(new CaseAttendedEvent(caseId, "MESSAGE_SENT", caller.accountId()));
        }
        audit.append(AuditEntry.of(caller, AuditAction.MESSAGE_SEND, caseId, "message:" + r.id(), null));
        return store.find(r.id().toString());
    }

    /**
     * The conversation between the caller and {@code otherId} about the case, oldest first (sentAt, then
     * the insertion order), one page after {@code cursor}: a conversation grows without bound.
     */
    @Transactional
    public Page<MessageModels.Message> conversation(
            Caller caller, String caseId, String otherId, String cursor, int limit) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.MESSAGES_READ, caseId, "messages", null));
        return store.conversation(caseId, caller.accountId(), otherId, cursor, limit);
    }

    @Transactional
    public MessageModels.Message markRead(Caller caller, String id) {
        MessageModels.Message m = store.find(id);
        if (m == null || !m.recipientId().equals(caller.accountId())) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, m.caseId());
        audit.append(AuditEntry.of(caller, AuditAction.MESSAGES_READ, m.caseId(), "message:" + id, "read"));
        store.markRead(id, clock.instant());
        return store.find(id);
    }

    private boolean mayTalk(Caller caller, String caseId, String recipient) {
        String mentor = responders.mentor(caseId).orElse(null);
        return switch (caller.role()) {
            case PERSON -> recipient.equals(mentor);
            case MENTOR ->
                caller.accountId().equals(mentor)
                        && (recipient.equals(responders.person(caseId).orElse(null))
                                || responders.officerCovers(recipient, caseId));
            case OFFICER -> recipient.equals(mentor);
            default -> false;
        };
    }

    /**
     * Per case, when each message to the case's person (the account bound to the case) was sent at or after
     * {@code from}, unscoped: the escalation scan's "somebody acted already". Two queries whatever the number of
     * cases.
     */
    public Map<String, List<Instant>> toPersonSince(Collection<String> caseIds, Instant from) {
        Map<String, List<Instant>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        List<MessageStore.Sent> sent = store.sentSince(caseIds, from);
        if (sent.isEmpty()) {
            return out;
        }
        Map<String, Set<String>> persons = accounts.accountsOfCases(
                sent.stream().map(MessageStore.Sent::caseId).distinct().toList());
        for (MessageStore.Sent m : sent) {
            if (persons.getOrDefault(m.caseId(), Set.of()).contains(m.recipientId())) {
                out.computeIfAbsent(m.caseId(), k -> new ArrayList<>()).add(m.at());
            }
        }
        return out;
    }

    /** Messages by id, unscoped: the sync feed has already limited them to the caller's own. */
    public List<MessageModels.Message> byIds(Collection<String> ids) {
        return store.byIds(ids);
    }

    /** For the phones' snapshot (sync): the ids of the account's messages about these cases since {@code since}. */
    public List<CaseRecordId> snapshotIds(Collection<String> caseIds, String accountId, Instant since) {
        return store.snapshotIds(caseIds, accountId, since);
    }
}
