package vn.donghanh.casefile;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The registry's side of a move between communes, for the transfer feature: it locks and reads a
 * case for a transfer, writes the transfer's steps into the case's timeline, finds a person among
 * cases anywhere, and moves an accepted case to its new commune. Who may do each is the transfer
 * feature's rule; these methods take the caller for the record and the audit, not for scope
 * (except {@link #lockInScope}, for the side that holds the case).
 */
@Singleton
public class CaseMoves {
    /** The reason an accepted move ends the old mentor's assignment with (the words officers use). */
    public static final String MOVED_REASON = "chuyển nơi cư trú";

    private final CaseRepository cases;
    private final CaseQueries queries;
    private final CaseService service;
    private final CaseEventRepository events;
    private final CaseLookupHashes lookup;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<CaseMovedEvent> moved;
    private final Clock clock;

    CaseMoves(
            CaseRepository cases,
            CaseQueries queries,
            CaseService service,
            CaseEventRepository events,
            CaseLookupHashes lookup,
            AuditLog audit,
            JdbcOperations jdbc,
            ApplicationEventPublisher<CaseMovedEvent> moved,
            ServiceTime time) {
        this.cases = cases;
        this.queries = queries;
        this.service = service;
        this.events = events;
        this.lookup = lookup;
        this.audit = audit;
        this.jdbc = jdbc;
        this.moved = moved;
        this.clock = time.clock();
    }

    /** The case, locked, if the officer's scope holds it; else 404. */
    public CaseEntity lockInScope(Caller caller, String caseId) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("transfers are made by officers");
        }
        service.inScope(caller, caseId);
        return lock(caseId);
    }

    /** The case, locked, whoever holds it (the transfer feature has checked the caller's part in it). */
    public CaseEntity lock(String caseId) {
        return cases.findByIdForUpdate(caseId).orElseThrow(ApiException::notFound);
    }

    public Optional<CaseEntity> find(String caseId) {
        return cases.findById(caseId);
    }

    /** A case registered with this national ID or phone, anywhere; only its id. */
    public Optional<String> findAnywhere(String nationalId, String phone) {
        return lookup.find(nationalId, phone);
    }

    /** The whole case as an officer reads it (the transfer sheet), without the scope check. */
    public CaseModels.CaseDetail detail(Caller officer, CaseEntity c) {
        return service.detail(officer, c);
    }

    /** The case's timeline up to and including {@code until} (null: all of it). */
    public List<CaseModels.TimelineEntry> timelineUntil(String caseId, LocalDate until) {
        return queries.timeline(caseId).stream()
                .filter(e -> until == null || !e.effectiveDate().isAfter(until))
                .toList();
    }

    /** One step of a transfer in the case's timeline: who, when, and what they wrote. */
    public void recordStep(String caseId, CaseEventType type, String note, LocalDate effective, Caller caller) {
        events.save(new CaseEventEntity(
                UUID.randomUUID().toString(),
                caseId,
                type.name(),
                null,
                null,
                note,
                effective,
                caller.accountId(),
                clock.instant()));
    }

    /**
     * Registers the (locked) case in {@code toUnitId} from {@code moveDate}: the row names the new
     * commune (its change tells the old commune's phones to forget the case, V16), the old mentor's
     * assignment ends, and every listener of {@link CaseMovedEvent} moves what belongs to the old commune.
     */
    public void move(Caller acceptedBy, CaseEntity c, String toUnitId, LocalDate moveDate, String note) {
        Instant now = clock.instant();
        Optional<CaseQueries.MentorRow> mentor = queries.currentMentor(c.id());
        SqlLists.update(
                jdbc,
                "UPDATE managed_case SET admin_unit_id = ?, version = version + 1, updated_at = ? WHERE id = ?",
                Arrays.asList(toUnitId, Timestamp.from(now), c.id()));
        recordStep(c.id(), CaseEventType.TRANSFER_ACCEPTED, note, moveDate, acceptedBy);
        moved.publishEvent(new CaseMovedEvent(c.id(), c.adminUnitId(), toUnitId, moveDate, acceptedBy.accountId()));
        mentor.ifPresent(m -> recordStep(
                c.id(),
                CaseEventType.MENTOR_UNASSIGNED,
                MOVED_REASON + " (" + m.displayName() + ")",
                moveDate,
                acceptedBy));
        audit.append(AuditEntry.of(
                acceptedBy, AuditAction.CASE_TRANSFER, c.id(), "case", c.adminUnitId() + "->" + toUnitId));
    }
}
