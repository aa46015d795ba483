package vn.donghanh.transfer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseEventType;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseMoves;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.Times;
import vn.donghanh.drugtest.DrugTestService;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.transfer.TransferState.Side;

/**
 * Moves between communes (DESIGN.md §3 Transfer, Law 120/2025), two-sided: the commune that holds a
 * case releases it, the one it moves to accepts it, and until then supervision stays where it was.
 * An officer's side of a transfer is by unit: the sending side covers the unit the case is moving
 * from, the receiving side the unit it is moving to. Nobody else sees a transfer (404). Every step
 * is in the case's timeline and the audit log, and the other side is notified at once.
 */
@Singleton
public class TransferService {
    /** How far back the transfer sheet shows compliance and drug tests. */
    static final int SHEET_COMPLIANCE_DAYS = 90;

    static final int SHEET_DRUG_TEST_DAYS = 180;
    static final int ESCALATION_BATCH = 100;

    private final TransferStore store;
    private final CaseMoves cases;
    private final CaseService caseRecords;
    private final AdminUnitService units;
    private final AccountService accounts;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final ComplianceService compliance;
    private final DrugTestService drugTests;
    private final ReferralService referrals;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration answerWithin;

    TransferService(
            TransferStore store,
            CaseMoves cases,
            CaseService caseRecords,
            AdminUnitService units,
            AccountService accounts,
            CaseResponders responders,
            Notifier notifier,
            ComplianceService compliance,
            DrugTestService drugTests,
            ReferralService referrals,
            AuditLog audit,
            ServiceTime time,
            TransferSettings settings) {
        this.store = store;
        this.cases = cases;
        this.caseRecords = caseRecords;
        this.units = units;
        this.accounts = accounts;
        this.responders = responders;
        this.notifier = notifier;
        this.compliance = compliance;
        this.drugTests = drugTests;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = time.clock();
        this.zone = time.zone();
        this.answerWithin = settings.getAnswerWithin();
    }

    /** The sending officer starts moving a case of their commune to another commune. */
    @Transactional
    public TransferModels.Transfer start(Caller caller, String caseId, TransferModels.StartTransfer r) {
        CaseEntity c = cases.lockInScope(caller, caseId);
        String id = Ids.orNew(r.id());
        Optional<TransferStore.Row> replay = store.find(id);
        if (replay.isPresent()) {
            return replayed(caller, replay.get(), caseId, Side.SENDER);
        }
        requireOpenCase(c);
        AdminUnitEntity to = commune(r.toUnitId().toString(), "toUnitId");
        if (to.id().equals(c.adminUnitId())) {
            throw ApiException.badField("toUnitId", "is the commune the case is registered in already");
        }
        requireMoveDate(c, r.moveDate());
        TransferStore.Row row =
                opened(caller, id, c, to, Side.SENDER, r.moveDate(), r.reason(), r.newAddress(), r.note());
        notifyOfficersOf(to.id(), NotificationText.TRANSFER_INCOMING, row, "incoming");
        return view(caller, store.find(id).orElseThrow());
    }

    /**
     * The receiving officer asks for a case another commune holds (the person reported to them
     * first): {@code caseId} from {@link #lookup}; the transfer is to the officer's own commune.
     */
    @Transactional
    public TransferModels.Transfer ask(Caller caller, TransferModels.AskTransfer r) {
        requireOfficer(caller);
        String caseId = r.caseId().toString();
        CaseEntity c = cases.lock(caseId);
        String id = Ids.orNew(r.id());
        Optional<TransferStore.Row> replay = store.find(id);
        if (replay.isPresent()) {
            return replayed(caller, replay.get(), caseId, Side.RECEIVER);
        }
        AdminUnitEntity to = commune(caller.unitId(), "caseId");
        if (units.require(c.adminUnitId(), "caseId").path().startsWith(caller.unitPath())) {
            throw ApiException.unprocessable(
                    "case-already-yours", "the case is already registered in your commune", "caseId");
        }
        requireOpenCase(c);
        requireMoveDate(c, r.moveDate());
        TransferStore.Row row =
                opened(caller, id, c, to, Side.RECEIVER, r.moveDate(), r.reason(), r.newAddress(), r.note());
        notifyOfficersOf(c.adminUnitId(), NotificationText.TRANSFER_ASKED, row, "asked");
        return view(caller, store.find(id).orElseThrow());
    }

    /**
     * Writes a new transfer of the (locked) case to {@code to}, started by {@code side} (the sender
     * requests, the receiver asks), with its step in the case's timeline and the audit log.
     */
    private TransferStore.Row opened(
            Caller caller,
            String id,
            CaseEntity c,
            AdminUnitEntity to,
            Side side,
            LocalDate moveDate,
            String reason,
            String newAddress,
            String note) {
        TransferState state = side == Side.SENDER ? TransferState.REQUESTED : TransferState.ASKED;
        Instant now = clock.instant();
        TransferStore.Row row = new TransferStore.Row(
                id,
                c.id(),
                c.adminUnitId(),
                to.id(),
                side,
                state,
                moveDate,
                reason.strip(),
                strip(newAddress),
                strip(note),
                c.status(),
                caller.accountId(),
                now,
                now.plus(answerWithin),
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        insert(row);
        CaseEventType step = side == Side.SENDER ? CaseEventType.TRANSFER_REQUESTED : CaseEventType.TRANSFER_ASKED;
        cases.recordStep(c.id(), step, to.name() + ": " + row.reason(), moveDate, caller);
        audited(caller, row, state.name());
        return row;
    }

    /**
     * Moves a transfer on: accept, decline, release (offer), refuse, cancel. Locks the case, then
     * the transfer, so two officers answering at once are served one after the other: the second
     * finds it answered (409). Accepting moves the case.
     */
    @Transactional
    public TransferModels.Transfer answer(Caller caller, String transferId, TransferModels.Answer a) {
        requireOfficer(caller);
        TransferStore.Row seen = store.find(transferId).orElseThrow(ApiException::notFound);
        Set<Side> sides = sidesOf(caller, seen);
        if (sides.isEmpty()) {
            throw ApiException.notFound();
        }
        CaseEntity c = cases.lock(seen.caseId());
        TransferStore.Row t = store.findForUpdate(transferId).orElseThrow(ApiException::notFound);
        if (!t.state().isOpen()) {
            if (t.state() == a.state() && caller.accountId().equals(t.answeredBy())) {
                return view(caller, t); // the same answer sent again
            }
            throw ApiException.conflict(
                    "transfer-answered",
                    "the transfer was already answered (" + t.state() + "); reload to see who answered");
        }
        Side side = sides.stream()
                .filter(s -> t.state().allows(a.state(), s))
                .findFirst()
                .orElseThrow(() -> illegal(t, a.state(), sides));
        String reason = strip(a.reason());
        if (reason == null) {
            switch (a.state()) {
                case DECLINED -> throw ApiException.badField("reason", "is required to decline a transfer");
                case REFUSED -> throw ApiException.badField("reason", "is required to refuse a transfer");
                case CANCELLED -> throw ApiException.badField("reason", "is required to cancel a transfer");
                default -> {
                    // accepting and releasing need no reason
                }
            }
        }
        Instant now = clock.instant();
        switch (a.state()) {
            case OFFERED -> {
                if (!store.offer(t, caller.accountId(), now, now.plus(answerWithin))) {
                    throw changedMeanwhile();
                }
                cases.recordStep(t.caseId(), CaseEventType.TRANSFER_OFFERED, reason, t.moveDate(), caller);
                notifyOfficersOf(t.toUnitId(), NotificationText.TRANSFER_INCOMING, t, "offered");
            }
            case ACCEPTED -> accept(caller, c, t, now);
            default -> {
                if (!store.answer(t, a.state(), caller.accountId(), now, reason)) {
                    throw changedMeanwhile();
                }
                cases.recordStep(t.caseId(), stepOf(a.state()), reason, today(), caller);
                String otherSide = side == Side.SENDER ? t.toUnitId() : t.fromUnitId();
                notifyOfficersOf(
                        otherSide,
                        NotificationText.TRANSFER_ANSWERED,
                        t,
                        a.state().name());
            }
        }
        audited(caller, t, a.state().name());
        return view(caller, store.find(transferId).orElseThrow());
    }

    private void accept(Caller caller, CaseEntity c, TransferStore.Row t, Instant now) {
        if (!c.status().equals(t.caseStatus()) || !c.adminUnitId().equals(t.fromUnitId())) {
            throw ApiException.conflict(
                    "case-changed",
                    "the case changed since the transfer was started (status " + t.caseStatus() + " then, " + c.status()
                            + " now); the holding commune must start the transfer again");
        }
        if (!store.answer(t, TransferState.ACCEPTED, caller.accountId(), now, null)) {
            throw changedMeanwhile();
        }
        AdminUnitEntity from = units.require(t.fromUnitId(), "fromUnitId");
        cases.move(
                caller,
                c,
                t.toUnitId(),
                t.moveDate(),
                from.name() + " → " + units.require(t.toUnitId(), "toUnitId").name());
        accounts.movePersonOf(c.id(), t.toUnitId());
        notifier.notifyPerson(c.id(), NotificationText.CASE_MOVED, t.id(), "transfer:" + t.id() + ":moved");
        notifyOfficersOf(t.fromUnitId(), NotificationText.TRANSFER_ANSWERED, t, "ACCEPTED");
    }

    @Transactional
    public TransferModels.Transfer get(Caller caller, String transferId) {
        requireOfficer(caller);
        TransferStore.Row t = store.find(transferId).orElseThrow(ApiException::notFound);
        if (sidesOf(caller, t).isEmpty()) {
            throw ApiException.notFound();
        }
        audit.append(AuditEntry.of(caller, AuditAction.TRANSFERS_READ, t.caseId(), "transfer:" + t.id(), null));
        return view(caller, t);
    }

    /** The transfers of a case the officer's commune holds, newest first (the case page). */
    @Transactional
    public List<TransferModels.Transfer> ofCase(Caller caller, String caseId) {
        cases.lockInScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.TRANSFERS_READ, caseId, "transfers", null));
        return views(caller, store.ofCase(caseId));
    }

    /** Transfers read at a time by a view that shows every one of them. */
    static final int LIST_PAGE = 200;

    /** Which way a list of open transfers looks from the officer's commune. */
    public enum Direction {
        INCOMING,
        OUTGOING
    }

    /**
     * Open transfers into ({@code INCOMING}) or out of the officer's units, the nearest deadline
     * first; {@code overdueOnly} keeps those past it.
     */
    @Transactional
    public Page<TransferModels.Transfer> open(
            Caller caller, Direction direction, boolean overdueOnly, String cursor, int limit) {
        requireOfficer(caller);
        List<TransferStore.Row> rows =
                store.open(CaseScope.of(caller), direction, overdueOnly ? clock.instant() : null, cursor, limit);
        Page<TransferModels.Transfer> page = Page.ofOverfetched(
                views(caller, rows),
                limit,
                last -> Cursor.encode(last.answerDueAt().toInstant().toString(), last.id()));
        audit.appendAll(page.items().stream()
                .filter(t -> t.personName() != null)
                .map(t -> AuditEntry.of(caller, AuditAction.TRANSFERS_READ, t.caseId(), "transfers", direction.name()))
                .toList());
        return page;
    }

    /** Every open transfer one way, page after page: for a view that shows them all (the console's today page). */
    public List<TransferModels.Transfer> allOpen(Caller caller, Direction direction) {
        List<TransferModels.Transfer> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<TransferModels.Transfer> page = open(caller, direction, false, cursor, LIST_PAGE);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    /** Transfers of the officer's units answered in the last {@code days} days, newest first, one page after {@code cursor}. */
    @Transactional
    public Page<TransferModels.Transfer> recentlyAnswered(Caller caller, int days, String cursor, int limit) {
        requireOfficer(caller);
        Page<TransferModels.Transfer> page = Page.ofOverfetched(
                views(
                        caller,
                        store.recentlyClosed(
                                CaseScope.of(caller), clock.instant().minus(Duration.ofDays(days)), cursor, limit)),
                limit,
                last -> Cursor.encode(last.answeredAt().toInstant().toString(), last.id()));
        audit.appendAll(page.items().stream()
                .filter(t -> t.personName() != null)
                .map(t -> AuditEntry.of(caller, AuditAction.TRANSFERS_READ, t.caseId(), "transfers", "answered"))
                .toList());
        return page;
    }

    /** Every transfer answered in the last {@code days} days, page after page (the console's today page). */
    public List<TransferModels.Transfer> allRecentlyAnswered(Caller caller, int days) {
        List<TransferModels.Transfer> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<TransferModels.Transfer> page = recentlyAnswered(caller, days, cursor, LIST_PAGE);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    /**
     * The transfer sheet. The receiving commune reads it once the holder has released the case and
     * until it answers (then the case is theirs, or no longer their business); the sending commune
     * always, and after an accepted move only up to the move date: the history stays readable to
     * them, nothing after it.
     */
    @Transactional
    public TransferModels.TransferSheet sheet(Caller caller, String transferId) {
        requireOfficer(caller);
        TransferStore.Row t = store.find(transferId).orElseThrow(ApiException::notFound);
        Set<Side> sides = sidesOf(caller, t);
        if (sides.isEmpty()) {
            throw ApiException.notFound();
        }
        boolean sender = sides.contains(Side.SENDER);
        if (!sender && !t.state().sheetVisibleToReceiver() && t.state() != TransferState.ACCEPTED) {
            throw ApiException.forbidden(
                    t.state() == TransferState.ASKED
                            ? "the holding commune has not released the case yet"
                            : "the transfer was not accepted; the case stays with the holding commune");
        }
        CaseEntity c = cases.find(t.caseId()).orElseThrow(ApiException::notFound);
        LocalDate until = sender && t.state() == TransferState.ACCEPTED ? t.moveDate() : today();
        CaseModels.CaseDetail d = cases.detail(caller, c);
        audit.append(AuditEntry.of(caller, AuditAction.TRANSFER_SHEET_READ, t.caseId(), "transfer:" + t.id(), null));
        return new TransferModels.TransferSheet(
                view(caller, t),
                d.fullName(),
                d.dateOfBirth(),
                d.sex().name(),
                d.nationalId(),
                d.phone(),
                d.address(),
                d.basis().name(),
                d.decisionNumber(),
                d.decisionDate(),
                d.startDate(),
                d.plannedEndDate(),
                d.status().name(),
                d.statusSince(),
                compliance.forSheet(t.caseId(), until.minusDays(SHEET_COMPLIANCE_DAYS), until.plusDays(1)),
                drugTests.forSheet(t.caseId(), until.minusDays(SHEET_DRUG_TEST_DAYS), until),
                referrals.openForSheet(t.caseId(), sender && t.state() == TransferState.ACCEPTED ? until : null),
                cases.timelineUntil(t.caseId(), until));
    }

    /**
     * Finds a person among cases anywhere by national ID or phone, for an officer whose commune they
     * reported to: only whether a case exists and which commune holds it. The holder's access log
     * shows the lookup.
     */
    @Transactional
    public TransferModels.LookupResult lookup(Caller caller, TransferModels.Lookup q) {
        requireOfficer(caller);
        if (strip(q.nationalId()) == null && strip(q.phone()) == null) {
            throw ApiException.badField("nationalId", "give a national ID or a phone number to look for");
        }
        Optional<String> found = cases.findAnywhere(strip(q.nationalId()), strip(q.phone()));
        if (found.isEmpty()) {
            audit.append(AuditEntry.of(caller, AuditAction.CASE_LOOKUP, null, "case-lookup", "not-found"));
            return new TransferModels.LookupResult(false, null, null, null);
        }
        CaseEntity c = cases.find(found.get()).orElseThrow();
        audit.append(AuditEntry.of(caller, AuditAction.CASE_LOOKUP, c.id(), "case-lookup", "found"));
        return new TransferModels.LookupResult(
                true,
                c.id(),
                unitName(c.adminUnitId()),
                store.openOf(c.id()).map(TransferStore.Row::id).orElse(null));
    }

    /**
     * One batch of open transfers past their deadline, escalated: the supervisors above the commune
     * that owes the answer are told, once. Returns how many it claimed.
     */
    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<TransferStore.Row> due = store.claimOverdue(now, ESCALATION_BATCH);
        for (TransferStore.Row t : due) {
            String owes = t.state().awaits() == Side.RECEIVER ? t.toUnitId() : t.fromUnitId();
            for (String supervisor : accounts.activeSupervisorsIn(units.lineage(owes))) {
                notifier.notify(
                        supervisor,
                        NotificationText.TRANSFER_OVERDUE,
                        Notifier.Priority.HIGH,
                        null,
                        t.id(),
                        "transfer:" + t.id() + ":overdue:" + t.answerDueAt().toEpochMilli());
            }
            notifyOfficersOf(
                    owes,
                    NotificationText.TRANSFER_OVERDUE,
                    t,
                    "overdue:" + t.answerDueAt().toEpochMilli());
            store.markEscalated(t.id(), now);
            audit.append(new AuditEntry(
                    null,
                    null,
                    AuditAction.TRANSFER_CHANGE,
                    t.caseId(),
                    "transfer:" + t.id(),
                    null,
                    "ESCALATED " + t.state()));
        }
        return due.size();
    }

    /** An accepted move, by the paths of the units it left and joined, at the moment it was accepted. */
    public record Move(String fromPath, String toPath, Instant acceptedAt) {}

    /** An accepted move of a case, for counts: from which commune to which, on which day. */
    public record CaseMove(String caseId, String fromUnitId, String toUnitId, LocalDate moveDate) {}

    /**
     * Every accepted move with a move date on or after {@code from}, oldest move first, in one query:
     * with the case's current unit this says which commune held a case on any day since.
     */
    public List<CaseMove> movesSince(LocalDate from) {
        return store.acceptedMovingFrom(from).stream()
                .map(r -> new CaseMove(r.caseId(), r.fromUnitId(), r.toUnitId(), r.moveDate()))
                .sorted(java.util.Comparator.comparing(CaseMove::moveDate))
                .toList();
    }

    /**
     * Every move accepted in [{@code from}, {@code to}), for counts: a report counts a case as moved out
     * of the unit it left and into the one it joined, in the period of the acceptance. One query.
     */
    public List<Move> acceptedMoves(Instant from, Instant to) {
        List<TransferStore.Row> rows = store.acceptedBetween(from, to);
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.fromUnitId());
            ids.add(r.toUnitId());
        });
        Map<String, AdminUnitEntity> byId = units.unitsOf(ids);
        return rows.stream()
                .map(r -> new Move(
                        byId.get(r.fromUnitId()).path(), byId.get(r.toUnitId()).path(), r.answeredAt()))
                .toList();
    }

    // ---- views and rules ----

    TransferModels.Transfer view(Caller caller, TransferStore.Row t) {
        return views(caller, List.of(t)).get(0);
    }

    /**
     * The transfers as the caller sees them, with the units, provinces, staff and person names each
     * needs read in one batch for all of them (four queries, whatever the number of rows).
     */
    List<TransferModels.Transfer> views(Caller caller, List<TransferStore.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> unitIds = new HashSet<>();
        Set<String> staff = new HashSet<>();
        Set<String> caseIds = new HashSet<>();
        for (TransferStore.Row t : rows) {
            unitIds.add(t.fromUnitId());
            unitIds.add(t.toUnitId());
            staff.add(t.requestedBy());
            if (t.answeredBy() != null) {
                staff.add(t.answeredBy());
            }
            caseIds.add(t.caseId());
        }
        Map<String, AdminUnitEntity> byId = units.unitsOf(unitIds);
        Map<String, String> provinces = units.provinceNamesOf(unitIds);
        Map<String, String> names = accounts.displayNamesOf(staff);
        Map<String, CaseQueries.CaseLabel> persons = caseRecords.labels(caseIds);
        List<TransferModels.Transfer> out = new ArrayList<>(rows.size());
        for (TransferStore.Row t : rows) {
            Set<Side> sides = sidesOf(caller, t, byId);
            boolean nameVisible = sides.contains(Side.SENDER)
                    || t.state().sheetVisibleToReceiver()
                    || t.state() == TransferState.ACCEPTED;
            Set<TransferState> actions = EnumSet.noneOf(TransferState.class);
            sides.forEach(s -> actions.addAll(t.state().next(s)));
            CaseQueries.CaseLabel person = nameVisible ? persons.get(t.caseId()) : null;
            out.add(new TransferModels.Transfer(
                    t.id(),
                    t.caseId(),
                    person == null ? null : person.fullName(),
                    unitName(byId.get(t.fromUnitId()), provinces),
                    unitName(byId.get(t.toUnitId()), provinces),
                    t.initiatedBy(),
                    t.state(),
                    t.moveDate(),
                    t.reason(),
                    t.newAddress(),
                    t.note(),
                    names.getOrDefault(t.requestedBy(), "?"),
                    Times.utc(t.requestedAt()),
                    Times.utc(t.answerDueAt()),
                    t.state().isOpen() && !t.answerDueAt().isAfter(clock.instant()),
                    t.offeredAt() == null ? null : Times.utc(t.offeredAt()),
                    t.answeredBy() == null ? null : names.getOrDefault(t.answeredBy(), "?"),
                    t.answeredAt() == null ? null : Times.utc(t.answeredAt()),
                    t.answerReason(),
                    t.escalatedAt() == null ? null : Times.utc(t.escalatedAt()),
                    sides.contains(Side.SENDER) ? Side.SENDER : Side.RECEIVER,
                    actions));
        }
        return out;
    }

    private TransferModels.UnitName unitName(String unitId) {
        return unitName(units.require(unitId, "adminUnitId"), units.provinceNamesOf(List.of(unitId)));
    }

    private static TransferModels.UnitName unitName(AdminUnitEntity u, Map<String, String> provinces) {
        return new TransferModels.UnitName(u.id(), u.name(), provinces.get(u.id()));
    }

    /** The caller's sides of a transfer: their units cover the unit it moves from, to, or both. */
    Set<Side> sidesOf(Caller caller, TransferStore.Row t) {
        return sidesOf(caller, t, units.unitsOf(List.of(t.fromUnitId(), t.toUnitId())));
    }

    private static Set<Side> sidesOf(Caller caller, TransferStore.Row t, Map<String, AdminUnitEntity> byId) {
        Set<Side> out = EnumSet.noneOf(Side.class);
        if (!caller.is(Role.OFFICER) || caller.unitPath() == null) {
            return out;
        }
        if (covers(caller, byId.get(t.fromUnitId()))) {
            out.add(Side.SENDER);
        }
        if (covers(caller, byId.get(t.toUnitId()))) {
            out.add(Side.RECEIVER);
        }
        return out;
    }

    private static boolean covers(Caller caller, AdminUnitEntity unit) {
        return unit != null && unit.path().startsWith(caller.unitPath());
    }

    private TransferModels.Transfer replayed(Caller caller, TransferStore.Row row, String caseId, Side side) {
        if (!row.caseId().equals(caseId) || !sidesOf(caller, row).contains(side)) {
            throw ApiException.conflict("id-in-use", "id is already used by another transfer");
        }
        return view(caller, row);
    }

    private void insert(TransferStore.Row row) {
        if (!store.insert(row)) {
            TransferStore.Row open = store.openOf(row.caseId()).orElse(null);
            throw ApiException.conflict(
                    "transfer-open",
                    "the case already has a transfer waiting for an answer"
                            + (open == null
                                    ? ""
                                    : " (to "
                                            + units.require(open.toUnitId(), "toUnitId")
                                                    .name() + ")"));
        }
    }

    private void requireOpenCase(CaseEntity c) {
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status() + "; it cannot be transferred");
        }
    }

    private void requireMoveDate(CaseEntity c, LocalDate moveDate) {
        if (moveDate.isBefore(c.startDate())) {
            throw ApiException.badField(
                    "moveDate", "cannot be before the management period starts (" + c.startDate() + ")");
        }
        if (moveDate.isAfter(today().plusDays(30))) {
            throw ApiException.badField("moveDate", "cannot be more than 30 days ahead");
        }
    }

    private AdminUnitEntity commune(String unitId, String field) {
        AdminUnitEntity u = units.require(unitId, field);
        if (AdminUnitLevel.valueOf(u.level()) != AdminUnitLevel.COMMUNE) {
            throw ApiException.badField(field, "must be a commune (xã, phường, thị trấn)");
        }
        return u;
    }

    /** Tells the officers who answer for {@code unitId} (its own, or the nearest unit above with any). */
    private void notifyOfficersOf(String unitId, NotificationText text, TransferStore.Row t, String step) {
        for (String officer : responders.officersOfUnit(unitId).stream()
                .map(CaseResponders.Officer::id)
                .toList()) {
            notifier.notify(
                    officer,
                    text,
                    Notifier.Priority.HIGH,
                    null,
                    t.id(),
                    "transfer:" + t.id() + ":" + step + ":" + officer);
        }
    }

    private void audited(Caller caller, TransferStore.Row t, String step) {
        audit.append(AuditEntry.of(
                caller,
                AuditAction.TRANSFER_CHANGE,
                t.caseId(),
                "transfer:" + t.id(),
                step + " " + t.fromUnitId() + "->" + t.toUnitId()));
    }

    private static ApiException illegal(TransferStore.Row t, TransferState to, Set<Side> sides) {
        Set<TransferState> allowed = new LinkedHashSet<>();
        sides.forEach(s -> allowed.addAll(t.state().next(s)));
        return ApiException.unprocessable(
                "illegal-transition",
                "a transfer cannot move from " + t.state() + " to " + to + " by your commune"
                        + (allowed.isEmpty() ? " (the other commune must answer)" : "; allowed: " + allowed),
                "state");
    }

    private static ApiException changedMeanwhile() {
        return ApiException.conflict(
                "transfer-answered", "the transfer was answered meanwhile; reload to see who answered");
    }

    private static CaseEventType stepOf(TransferState state) {
        return switch (state) {
            case DECLINED -> CaseEventType.TRANSFER_DECLINED;
            case REFUSED -> CaseEventType.TRANSFER_REFUSED;
            case CANCELLED -> CaseEventType.TRANSFER_CANCELLED;
            default -> throw new IllegalArgumentException(state.name());
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("transfers are made by officers");
        }
    }
}
