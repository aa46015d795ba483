package vn.donghanh.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseClosedEvent;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseEventEntity;
import vn.donghanh.casefile.CaseEventRepository;
import vn.donghanh.casefile.CaseEventType;
import vn.donghanh.casefile.CaseMovedEvent;
import vn.donghanh.casefile.CaseMoves;
import vn.donghanh.casefile.CaseRepository;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.Role;

/**
 * Assigning volunteer mentors to cases. A case has one active mentor at a time; a mentor holds at
 * most {@code donghanh.mentoring.max-active-mentees} (default 2, as the provincial plans ask).
 * The mentor's account row is locked while counting, so two officers cannot both take the last slot.
 */
@Singleton
public class MentoringService {
    private final AssignmentRepository assignments;
    private final AccountRepository accounts;
    private final CaseService cases;
    private final CaseRepository caseRows;
    private final CaseEventRepository events;
    private final AdminUnitService units;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxActiveMentees;
    private final OrganisationService organisations;
    private final Notifier notifier;

    public MentoringService(
            AssignmentRepository assignments,
            AccountRepository accounts,
            CaseService cases,
            CaseRepository caseRows,
            CaseEventRepository events,
            AdminUnitService units,
            DataCipher cipher,
            AuditLog audit,
            Clock clock,
            MentoringSettings settings,
            OrganisationService organisations,
            Notifier notifier) {
        this.assignments = assignments;
        this.accounts = accounts;
        this.cases = cases;
        this.caseRows = caseRows;
        this.events = events;
        this.units = units;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.maxActiveMentees = settings.getMaxActiveMentees();
        this.organisations = organisations;
        this.notifier = notifier;
    }

    /** A closed case keeps no mentor: its active assignment ends, in the transaction that closed the case. */
    @EventListener
    void onCaseClosed(CaseClosedEvent closed) {
        assignments.endActiveAssignments(closed.caseId(), closed.effectiveDate(), closed.reason(), closed.closedBy());
    }

    /**
     * A case accepted by another commune leaves its mentor behind: the old commune's volunteer does not
     * follow the person, and the new commune assigns one of its own.
     */
    @EventListener
    void onCaseMoved(CaseMovedEvent moved) {
        assignments.endActiveAssignments(moved.caseId(), moved.moveDate(), CaseMoves.MOVED_REASON, moved.acceptedBy());
    }

    /** One assignment's days, for counts: from {@code startDate} to {@code endDate} (null: still running). */
    public record AssignmentSpan(
            String caseId,
            String mentorId,
            LocalDate startDate,
            @Nullable LocalDate endDate) {}

    /** Every assignment of these cases, ended or not, in one query (the periodic report counts who helped when). */
    public List<AssignmentSpan> assignmentSpansOf(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return assignments.findByCaseIdIn(caseIds).stream()
                .map(a -> new AssignmentSpan(a.caseId(), a.mentorId(), a.startDate(), a.endDate()))
                .toList();
    }

    /** The active mentor of each of these cases, by case, in one query; a case without one is absent. */
    public Map<String, String> activeMentorsOf(Collection<String> caseIds) {
        Map<String, String> out = new HashMap<>();
        if (!caseIds.isEmpty()) {
            assignments.findByCaseIdInAndActive(caseIds, true).forEach(a -> out.putIfAbsent(a.caseId(), a.mentorId()));
        }
        return out;
    }

    @Transactional
    public MentoringModels.Assignment assign(Caller caller, String caseId, MentoringModels.AssignMentor r) {
        requireOfficer(caller);
        cases.inScope(caller, caseId);
        // Lock first, then read the status, so a case closed at this moment takes no mentor.
        CaseEntity c = caseRows.findByIdForUpdate(caseId).orElseThrow(() -> ApiException.notFound());
        String id = Ids.orNew(r.id());
        var replay = assignments.findById(id);
        if (replay.isPresent()) {
            if (!replay.get().caseId().equals(caseId)) {
                throw ApiException.conflict("id-in-use", "id is already used by another assignment");
            }
            return view(replay.get());
        }
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status() + "; it takes no new mentor");
        }
        AccountEntity mentor = accounts.findByIdForUpdate(r.mentorId().toString())
                .filter(a -> Role.MENTOR.name().equals(a.role()) && a.active())
                .orElseThrow(() -> ApiException.badField("mentorId", "no such active mentor"));
        if (!units.require(mentor.adminUnitId(), "mentorId").path().startsWith(caller.unitPath())) {
            throw ApiException.badField("mentorId", "the mentor belongs to another administrative unit");
        }
        if (assignments.findByCaseIdAndActive(caseId, true).isPresent()) {
            throw ApiException.conflict(
                    "mentor-already-assigned", "the case already has a mentor; end that assignment first");
        }
        long active = assignments.countByMentorIdAndActive(mentor.id(), true);
        if (active >= maxActiveMentees) {
            throw ApiException.conflict(
                    "mentor-at-capacity",
                    mentor.displayName() + " already helps " + active + " persons (the limit is " + maxActiveMentees
                            + ")");
        }
        if (r.startDate().isBefore(c.startDate())) {
            throw ApiException.badField(
                    "startDate", "cannot be before the management period starts (" + c.startDate() + ")");
        }
        Instant now = clock.instant();
        AssignmentEntity saved = assignments.save(new AssignmentEntity(
                id, caseId, mentor.id(), r.startDate(), null, null, true, caller.accountId(), now, null));
        events.save(new CaseEventEntity(
                UUID.randomUUID().toString(),
                caseId,
                CaseEventType.MENTOR_ASSIGNED.name(),
                null,
                null,
                mentor.displayName(),
                r.startDate(),
                caller.accountId(),
                now));
        audit.append(
                AuditEntry.of(caller, AuditAction.MENTOR_ASSIGN, caseId, "assignment:" + id, "mentor:" + mentor.id()));
        // The person hears that someone now walks with them (discreetly: no name on the lock screen).
        notifier.notifyPerson(caseId, NotificationText.MENTOR_ASSIGNED, id, "mentor-assigned:" + id);
        return view(saved);
    }

    @Transactional
    public MentoringModels.Assignment end(Caller caller, String assignmentId, MentoringModels.EndAssignment r) {
        requireOfficer(caller);
        AssignmentEntity a = assignments.findById(assignmentId).orElseThrow(() -> ApiException.notFound());
        CaseEntity c = cases.inScope(caller, a.caseId());
        a = assignments.findByIdForUpdate(assignmentId).orElseThrow();
        if (!a.active()) {
            throw ApiException.conflict("assignment-ended", "the assignment already ended on " + a.endDate());
        }
        if (r.endDate().isBefore(a.startDate())) {
            throw ApiException.badField("endDate", "cannot be before the assignment started (" + a.startDate() + ")");
        }
        if (r.endDate().isAfter(LocalDate.now(clock.withZone(ZoneId.of(c.timeZone()))))) {
            throw ApiException.badField("endDate", "cannot be in the future");
        }
        Instant now = clock.instant();
        AssignmentEntity ended =
                assignments.update(a.ended(r.endDate(), r.reason().strip(), caller.accountId()));
        String mentorName =
                accounts.findById(a.mentorId()).map(AccountEntity::displayName).orElse("?");
        events.save(new CaseEventEntity(
                UUID.randomUUID().toString(),
                a.caseId(),
                CaseEventType.MENTOR_UNASSIGNED.name(),
                null,
                null,
                r.reason().strip() + " (" + mentorName + ")",
                r.endDate(),
                caller.accountId(),
                now));
        audit.append(AuditEntry.of(caller, AuditAction.MENTOR_UNASSIGN, a.caseId(), "assignment:" + a.id(), null));
        return view(ended);
    }

    @Transactional
    public List<MentoringModels.Assignment> forCase(Caller caller, String caseId) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("only officers see a case's assignment history");
        }
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.ASSIGNMENTS_READ, caseId, "assignments", null));
        return assignments.findByCaseIdOrderByCreatedAt(caseId).stream()
                .map(this::view)
                .toList();
    }

    /** The mentor's own active mentees. */
    @Transactional
    public List<MentoringModels.Mentee> mentees(Caller caller) {
        if (!caller.is(Role.MENTOR)) {
            throw ApiException.forbidden("only mentors have mentees");
        }
        List<MentoringModels.Mentee> out = assignments.findByMentorIdAndActive(caller.accountId(), true).stream()
                .map(a -> {
                    CaseEntity c = cases.inScope(caller, a.caseId());
                    return new MentoringModels.Mentee(
                            c.id(),
                            c.fullName(),
                            CaseStatus.valueOf(c.status()),
                            cipher.decrypt(c.phoneEnc()),
                            a.startDate(),
                            c.plannedEndDate(),
                            accounts.findByCaseId(c.id()).map(AccountEntity::id).orElse(null));
                })
                .toList();
        audit.appendAll(out.stream()
                .map(m -> AuditEntry.of(caller, AuditAction.CASE_LIST, m.caseId(), "mentees", null))
                .toList());
        return out;
    }

    /**
     * The active mentors this officer may assign to the case (bound to a unit within the officer's
     * scope, as {@link #assign} requires), each with their organisation's name and their current load
     * against the limit, by name; the loads are counted in one query.
     */
    @Transactional(readOnly = true)
    public List<MentoringModels.MentorLoad> candidates(Caller caller, String caseId) {
        requireOfficer(caller);
        cases.inScope(caller, caseId);
        List<AccountEntity> mentors = accounts.findWithinUnit(caller.unitPath(), Role.MENTOR.name()).stream()
                .filter(AccountEntity::active)
                .toList();
        Map<String, Long> load = new HashMap<>();
        if (!mentors.isEmpty()) {
            assignments
                    .findByMentorIdInAndActive(
                            mentors.stream().map(AccountEntity::id).toList(), true)
                    .forEach(a -> load.merge(a.mentorId(), 1L, Long::sum));
        }
        Map<String, String> orgs = organisations.namesOf(mentors.stream()
                .map(AccountEntity::organisationId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return mentors.stream()
                .map(m -> new MentoringModels.MentorLoad(
                        m.id(),
                        m.displayName(),
                        orgs.get(m.organisationId()),
                        load.getOrDefault(m.id(), 0L),
                        maxActiveMentees))
                .toList();
    }

    private MentoringModels.Assignment view(AssignmentEntity a) {
        String mentorName =
                accounts.findById(a.mentorId()).map(AccountEntity::displayName).orElse("?");
        return new MentoringModels.Assignment(
                a.id(),
                a.caseId(),
                a.mentorId(),
                mentorName,
                a.startDate(),
                a.endDate(),
                a.endReason(),
                a.active(),
                a.createdAt().atOffset(ZoneOffset.UTC));
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("only commune officers assign mentors");
        }
    }
}
