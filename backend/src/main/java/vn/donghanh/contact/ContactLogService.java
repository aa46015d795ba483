package vn.donghanh.contact;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.OfflineRecords;
import vn.donghanh.notification.CaseAttendedEvent;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Mentors log their contacts (often offline, on a phone, sent later with the same id); a contact
 * satisfies the case's mentor-contact plan. Officers may log their own contacts too.
 */
@Singleton
public class ContactLogService {
    private final ContactLogRepository contacts;
    private final ContactQueries queries;
    private final CaseService cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher<CaseAttendedEvent> events;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final Clock clock;

    public ContactLogService(
            ContactLogRepository contacts,
            ContactQueries queries,
            CaseService cases,
            AuditLog audit,
            ApplicationEventPublisher<CaseAttendedEvent> events,
            CaseResponders responders,
            Notifier notifier,
            Clock clock) {
        this.contacts = contacts;
        this.queries = queries;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.responders = responders;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Per case, when each logged contact happened, for compliance (no scope: the caller has chosen the cases). */
    public Map<String, List<Instant>> contactTimes(Collection<String> caseIds) {
        return queries.occurredAt(caseIds);
    }

    /**
     * Per case, when each contact logged at or after {@code from} was received (no scope: the caller has
     * chosen the cases): the escalation scan's "somebody acted already".
     */
    public Map<String, List<Instant>> receivedSince(Collection<String> caseIds, Instant from) {
        return queries.receivedSince(caseIds, from);
    }

    @Transactional
    public ContactModels.Contact record(Caller caller, String caseId, ContactModels.CreateContact r) {
        requireHelper(caller);
        var c = cases.inScope(caller, caseId);
        var replay = contacts.findById(r.id().toString());
        if (replay.isPresent()) {
            if (!replay.get().caseId().equals(caseId)
                    || !replay.get().type().equals(r.type().name())
                    || !replay.get().occurredAt().equals(r.occurredAt().toInstant())) {
                throw ApiException.conflict("id-in-use", "id is already used by another record");
            }
            return view(replay.get());
        }
        Instant now = clock.instant();
        Instant occurred = r.occurredAt().toInstant();
        CaseService.requireOpenOn(c, occurred);
        OfflineRecords.checkOccurredAt(occurred, now);
        String concerns =
                r.concerns().stream().distinct().map(Enum::name).sorted().collect(Collectors.joining(","));
        ContactLogEntity saved = contacts.save(new ContactLogEntity(
                r.id().toString(),
                caseId,
                r.type().name(),
                occurred,
                now,
                r.summary().strip(),
                concerns,
                r.followUpNeeded(),
                caller.accountId()));
        audit.append(AuditEntry.of(
                caller,
                AuditAction.CONTACT_RECORD,
                caseId,
                "contact:" + saved.id(),
                r.type().name()));
        events.publishEvent(new CaseAttendedEvent(caseId, "CONTACT_LOGGED", caller.accountId()));
        if (r.concerns().contains(Concern.SUSPECTED_RELAPSE)) {
            // The officer decides what follows (an addiction determination, a status change); we only ask.
            for (String officer : responders.officers(caseId)) {
                notifier.notify(
                        officer,
                        NotificationText.RELAPSE_SUSPECTED,
                        Notifier.Priority.NORMAL,
                        caseId,
                        saved.id(),
                        "contact:" + saved.id() + ":officer:" + officer);
            }
        }
        return view(saved);
    }

    @Transactional
    public List<ContactModels.Contact> list(Caller caller, String caseId) {
        requireHelper(caller);
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.CONTACTS_READ, caseId, "contacts", null));
        return contacts.findByCaseIdOrderByOccurredAtDesc(caseId).stream()
                .map(ContactLogService::view)
                .toList();
    }

    private static void requireHelper(Caller caller) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("contact logs belong to mentors and officers");
        }
    }

    /** Contact logs by id, unscoped: the sync feed has already scoped the ids. */
    public List<ContactModels.Contact> byIds(Collection<String> ids) {
        List<ContactModels.Contact> out = new ArrayList<>();
        contacts.findByIdIn(ids).forEach(e -> out.add(view(e)));
        return out;
    }

    static ContactModels.Contact view(ContactLogEntity e) {
        List<Concern> concerns = e.concerns().isEmpty()
                ? List.of()
                : Arrays.stream(e.concerns().split(",")).map(Concern::valueOf).toList();
        return new ContactModels.Contact(
                e.id(),
                e.caseId(),
                ContactType.valueOf(e.type()),
                e.occurredAt().atOffset(ZoneOffset.UTC),
                e.receivedAt().atOffset(ZoneOffset.UTC),
                e.summary(),
                concerns,
                e.followUpNeeded(),
                e.recordedBy());
    }
}
