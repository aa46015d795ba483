package vn.donghanh.message;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;
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
    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final ApplicationEventPublisher<CaseAttendedEvent> events;
    private final AuditLog audit;
    private final Clock clock;

    public MessageService(
            JdbcOperations jdbc,
            CaseService cases,
            CaseResponders responders,
            Notifier notifier,
            ApplicationEventPublisher<CaseAttendedEvent> events,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
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
        MessageModels.Message existing = find(r.id().toString());
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
        SqlLists.update(
                jdbc,
                "INSERT INTO message (id, case_id, sender_id, recipient_id, body, sent_at) VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(
                        r.id().toString(),
                        caseId,
                        caller.accountId(),
                        recipient,
                        r.body().strip(),
                        Timestamp.from(now)));
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
        return find(r.id().toString());
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
        List<Object> params =
                new ArrayList<>(List.of(caseId, caller.accountId(), otherId, otherId, caller.accountId()));
        String after = "";
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            Timestamp at = Timestamp.from(Cursor.instant(parts.get(0)));
            long seq;
            try {
                seq = Long.parseLong(parts.get(1));
            } catch (NumberFormatException e) {
                throw ApiException.badField("cursor", "is not a cursor this list issued");
            }
            after = " AND (sent_at > ? OR (sent_at = ? AND seq > ?))";
            params.add(at);
            params.add(at);
            params.add(seq);
        }
        params.add(limit + 1);
        List<MessageModels.Message> rows = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        SqlLists.forEach(jdbc, """
                SELECT * FROM message WHERE case_id = ?
                  AND ((sender_id = ? AND recipient_id = ?) OR (sender_id = ? AND recipient_id = ?))""" + after + " ORDER BY sent_at, seq LIMIT ?", params, rs -> {
            rows.add(row(rs));
            seqs.add(rs.getLong("seq"));
        });
        boolean more = rows.size() > limit;
        List<MessageModels.Message> page = more ? rows.subList(0, limit) : rows;
        MessageModels.Message last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(
                List.copyOf(page),
                more
                        ? Cursor.encode(last.sentAt().toInstant().toString(), Long.toString(seqs.get(page.size() - 1)))
                        : null);
    }

    @Transactional
    public MessageModels.Message markRead(Caller caller, String id) {
        MessageModels.Message m = find(id);
        if (m == null || !m.recipientId().equals(caller.accountId())) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, m.caseId());
        audit.append(AuditEntry.of(caller, AuditAction.MESSAGES_READ, m.caseId(), "message:" + id, "read"));
        SqlLists.update(
                jdbc,
                "UPDATE message SET read_at = COALESCE(read_at, ?) WHERE id = ?",
                Arrays.asList(Timestamp.from(clock.instant()), id));
        return find(id);
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

    /** Messages by id, unscoped: the sync feed has already limited them to the caller's own. */
    public List<MessageModels.Message> byIds(java.util.Collection<String> ids) {
        return SqlLists.byIds(jdbc, "message", ids, MessageService::row);
    }

    private MessageModels.Message find(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM message WHERE id = ?", Arrays.asList(id), MessageService::row)
                .orElse(null);
    }

    private static MessageModels.Message row(ResultSet rs) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new MessageModels.Message(
                rs.getString("id"),
                rs.getString("case_id"),
                rs.getString("sender_id"),
                rs.getString("recipient_id"),
                rs.getString("body"),
                rs.getTimestamp("sent_at").toInstant().atOffset(ZoneOffset.UTC),
                read == null ? null : read.toInstant().atOffset(ZoneOffset.UTC));
    }
}
