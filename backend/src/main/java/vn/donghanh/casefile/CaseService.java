package vn.donghanh.casefile;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.auth.AuthService;
import vn.donghanh.auth.AuthSettings;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.TextFold;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.security.Caller;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.PhoneNumbers;
import vn.donghanh.security.Role;
import vn.donghanh.security.SecretHasher;

/**
 * The case registry: registration, scoped reads, optimistic edits, status events and the timeline.
 * Every read and change of a case writes an audit row in the same transaction.
 */
@Singleton
public class CaseService {
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** How many of the officers who answer for a case its detail lists. */
    public static final int MAX_OFFICER_CONTACTS = 5;
    /** Rows read at a time for a whole-list download. */
    static final int SEARCH_CHUNK = 500;

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CaseQueries queries;
    private final AccountRepository accounts;
    private final AdminUnitService units;
    private final ManagementPeriodPolicy periods;
    private final DataCipher cipher;
    private final CaseResponders responders;
    private final AuditLog audit;
    private final ApplicationEventPublisher<CaseClosedEvent> closedEvents;
    private final ApplicationEventPublisher<CaseStatusChangedEvent> statusEvents;
    private final CaseLookupHashes lookupHashes;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final Duration activationTtl;
    private final SecureRandom random = new SecureRandom();

    public CaseService(
            CaseRepository cases,
            CaseEventRepository events,
            CaseQueries queries,
            AccountRepository accounts,
            AdminUnitService units,
            ManagementPeriodPolicy periods,
            DataCipher cipher,
            CaseResponders responders,
            AuditLog audit,
            ApplicationEventPublisher<CaseClosedEvent> closedEvents,
            ApplicationEventPublisher<CaseStatusChangedEvent> statusEvents,
            CaseLookupHashes lookupHashes,
            ServiceTime time,
            AuthSettings auth) {
        this.cases = cases;
        this.events = events;
        this.queries = queries;
        this.accounts = accounts;
        this.units = units;
        this.periods = periods;
        this.cipher = cipher;
        this.responders = responders;
        this.audit = audit;
        this.closedEvents = closedEvents;
        this.statusEvents = statusEvents;
        this.lookupHashes = lookupHashes;
        this.clock = time.clock();
        this.defaultZone = time.zone();
        this.activationTtl = auth.getActivationCodeTtl();
    }

    @Transactional
    public CaseModels.CaseDetail register(Caller caller, CaseModels.RegisterCase r) {
        requireOfficer(caller);
        String id = Ids.orNew(r.id());
        var existing = cases.findById(id);
        if (existing.isPresent()) {
            CaseEntity found = queries.findInScope(CaseScope.of(caller), id)
                    .orElseThrow(() -> ApiException.conflict("id-in-use", "id is already used by another case"));
            return detail(caller, found);
        }
        AdminUnitEntity unit = units.require(r.adminUnitId().toString(), "adminUnitId");
        CaseEntity entity = newCase(caller, id, r, unit, clock.instant());
        cases.save(entity);
        lookupHashes.store(List.of(entity));
        event(id, CaseEventType.REGISTERED, null, CaseStatus.ACTIVE, null, r.startDate(), caller, entity.createdAt());
        audit.append(AuditEntry.of(caller, AuditAction.CASE_REGISTER, id, "case", null));
        return detail(caller, entity);
    }

    /**
     * The case {@link #register} would write for {@code r}, after the same unit and rule checks
     * (the first problem is thrown, as register throws it).
     */
    private CaseEntity newCase(Caller caller, String id, CaseModels.RegisterCase r, AdminUnitEntity unit, Instant now) {
        Optional<ApiException> refused = unitProblem(caller, unit);
        if (refused.isPresent()) {
            throw refused.get();
        }
        Fields f = validate(
                r.fullName(), r.dateOfBirth(), r.phone(), r.basis(), r.decisionDate(), r.startDate(), r.timeZone());
        return new CaseEntity(
                id,
                unit.id(),
                r.fullName().strip(),
                TextFold.fold(r.fullName()),
                r.dateOfBirth(),
                r.sex().name(),
                r.ethnicity(),
                r.preferredLanguage() == null ? "vi" : r.preferredLanguage(),
                cipher.encrypt(f.phone()),
                cipher.encrypt(r.nationalId()),
                r.address().strip(),
                r.basis().name(),
                r.decisionNumber().strip(),
                r.decisionDate(),
                r.startDate(),
                periods.plannedEnd(r.basis(), r.startDate(), r.decisionDate()),
                CaseStatus.ACTIVE.name(),
                r.startDate(),
                f.zone().getId(),
                0,
                caller.accountId(),
                now,
                now);
    }

    private static Optional<ApiException> unitProblem(Caller caller, AdminUnitEntity unit) {
        if (!unit.path().startsWith(caller.unitPath())) {
            return Optional.of(ApiException.badField("adminUnitId", "is outside your administrative units"));
        }
        if (AdminUnitLevel.valueOf(unit.level()) != AdminUnitLevel.COMMUNE) {
            return Optional.of(ApiException.badField("adminUnitId", "must be a commune"));
        }
        return Optional.empty();
    }

    /**
     * What {@link #register} would refuse in each of {@code bodies}, without writing anything: every
     * rule it checks after bean validation (the unit, the dates, the basis against the age), all of
     * them rather than the first. For a preview of many registrations at once (the console's import);
     * the body's values these rules compare must be there (bean validation names those missing).
     */
    public List<List<ApiException.FieldError>> registrationProblems(
            Caller caller, List<CaseModels.RegisterCase> bodies) {
        requireOfficer(caller);
        Map<String, Optional<ApiException>> unitChecks = new java.util.HashMap<>();
        List<List<ApiException.FieldError>> out = new java.util.ArrayList<>(bodies.size());
        for (CaseModels.RegisterCase r : bodies) {
            List<ApiException.FieldError> problems = new java.util.ArrayList<>();
            unitChecks
                    .computeIfAbsent(r.adminUnitId().toString(), u -> {
                        try {
                            return unitProblem(caller, units.require(u, "adminUnitId"));
                        } catch (ApiException e) {
                            return Optional.of(e);
                        }
                    })
                    .ifPresent(e -> problems.addAll(e.errors()));
            for (ApiException e : ruleProblems(
                    r.fullName(),
                    r.dateOfBirth(),
                    r.phone(),
                    r.basis(),
                    r.decisionDate(),
                    r.startDate(),
                    r.timeZone())) {
                problems.addAll(e.errors());
            }
            out.add(problems);
        }
        return out;
    }

    /** Who a registration would be about: matched against the registry by national ID, or by name and date of birth. */
    public record IdentityProbe(String fullName, LocalDate dateOfBirth, String nationalId) {}

    /**
     * For each probe, the id of a case in the caller's scope that is the same person (the same
     * national ID, or the same name, diacritics and case aside, and date of birth), or null. National
     * IDs are stored encrypted, so the scope's cases are read and compared here; the cases found are
     * audited as a list shows them ({@code CASE_LIST}), as the caller now knows they are registered.
     */
    @Transactional
    public List<String> alreadyRegistered(Caller caller, List<IdentityProbe> probes) {
        requireOfficer(caller);
        Map<String, String> byNationalId = new java.util.HashMap<>();
        Map<String, String> byNameAndBirth = new java.util.HashMap<>();
        for (CaseQueries.Identity i : queries.identities(CaseScope.of(caller))) {
            String nid = cipher.decrypt(i.nationalIdEnc());
            if (nid != null) {
                byNationalId.putIfAbsent(nid, i.id());
            }
            byNameAndBirth.putIfAbsent(i.nameSearch() + "|" + i.dateOfBirth(), i.id());
        }
        List<String> found = new java.util.ArrayList<>(probes.size());
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (IdentityProbe p : probes) {
            String id = p.nationalId() == null ? null : byNationalId.get(p.nationalId());
            if (id == null && p.fullName() != null && p.dateOfBirth() != null) {
                id = byNameAndBirth.get(TextFold.fold(p.fullName()) + "|" + p.dateOfBirth());
            }
            found.add(id);
            if (id != null) {
                seen.add(id);
            }
        }
        audit.appendAll(seen.stream()
                .map(id -> AuditEntry.of(caller, AuditAction.CASE_LIST, id, "case", "import-match"))
                .toList());
        return found;
    }

    /**
     * Registers every body as {@link #register} does (the same checks, the same REGISTERED event and
     * CASE_REGISTER audit row each), in one transaction: all of them or, on the first refusal, none.
     * Written in batches, for the console's import of a commune's list (thousands of rows). A body
     * whose id is a case already in the caller's scope is left as it is (a repeated import registers
     * no one twice), as register answers it. Returns the ids of the cases this call created;
     * {@code progress} hears how many bodies are done.
     */
    @Transactional
    public List<String> registerAll(
            Caller caller, List<CaseModels.RegisterCase> bodies, java.util.function.IntConsumer progress) {
        requireOfficer(caller);
        List<String> ids = bodies.stream().map(r -> Ids.orNew(r.id())).toList();
        Set<String> existing = new java.util.HashSet<>(queries.existingIds(ids));
        Set<String> mine = queries.inScope(CaseScope.of(caller), existing);
        Map<String, AdminUnitEntity> unitCache = new java.util.HashMap<>();
        List<String> created = new java.util.ArrayList<>();
        int done = 0;
        for (int from = 0; from < bodies.size(); from += REGISTER_BATCH) {
            int to = Math.min(bodies.size(), from + REGISTER_BATCH);
            Instant now = clock.instant();
            List<CaseEntity> entities = new java.util.ArrayList<>();
            List<CaseEventEntity> registered = new java.util.ArrayList<>();
            List<AuditEntry> rows = new java.util.ArrayList<>();
            for (int i = from; i < to; i++) {
                CaseModels.RegisterCase r = bodies.get(i);
                String id = ids.get(i);
                if (existing.contains(id)) {
                    if (!mine.contains(id)) {
                        throw ApiException.conflict("id-in-use", "id is already used by another case");
                    }
                    continue;
                }
                AdminUnitEntity unit =
                        unitCache.computeIfAbsent(r.adminUnitId().toString(), u -> units.require(u, "adminUnitId"));
                CaseEntity entity = newCase(caller, id, r, unit, now);
                existing.add(id);
                mine.add(id);
                entities.add(entity);
                registered.add(new CaseEventEntity(
                        UUID.randomUUID().toString(),
                        id,
                        CaseEventType.REGISTERED.name(),
                        null,
                        CaseStatus.ACTIVE.name(),
                        null,
                        r.startDate(),
                        caller.accountId(),
                        now));
                rows.add(AuditEntry.of(caller, AuditAction.CASE_REGISTER, id, "case", null));
                created.add(id);
            }
            cases.saveAll(entities);
            lookupHashes.store(entities);
            events.saveAll(registered);
            audit.appendAll(rows);
            done = to;
            progress.accept(done);
        }
        return created;
    }

    private static final int REGISTER_BATCH = 250;

    @Transactional
    public CaseModels.CaseDetail get(Caller caller, String id) {
        CaseEntity c = inScope(caller, id);
        audit.append(AuditEntry.of(caller, AuditAction.CASE_READ, id, "case", null));
        return detail(caller, c);
    }

    @Transactional
    public Page<CaseModels.CaseSummary> list(Caller caller, CaseQueries.ListFilter filter) {
        if (!caller.is(Role.OFFICER, Role.MENTOR)) {
            throw ApiException.forbidden("only officers and mentors list cases");
        }
        Page<CaseModels.CaseSummary> page = queries.list(CaseScope.of(caller), filter);
        audit.appendAll(page.items().stream()
                .map(s -> AuditEntry.of(caller, AuditAction.CASE_LIST, s.id(), "case", null))
                .toList());
        return page;
    }

    @Transactional
    public CaseModels.CaseDetail update(Caller caller, String id, CaseModels.UpdateCase r) {
        requireOfficer(caller);
        CaseEntity c = lockInScope(caller, id);
        if (c.version() != r.version()) {
            throw ApiException.conflict(
                    "stale-version",
                    "the case was changed by someone else (version " + c.version() + ", yours " + r.version()
                            + "); reload and edit again");
        }
        Fields f = validate(
                r.fullName(),
                r.dateOfBirth(),
                r.phone(),
                r.basis(),
                r.decisionDate(),
                r.startDate(),
                r.timeZone() == null ? c.timeZone() : r.timeZone());
        Instant now = clock.instant();
        int changed = cases.updateIfVersion(
                id,
                r.version(),
                r.fullName().strip(),
                TextFold.fold(r.fullName()),
                r.dateOfBirth(),
                r.sex().name(),
                r.ethnicity(),
                r.preferredLanguage() == null ? c.preferredLanguage() : r.preferredLanguage(),
                cipher.encrypt(f.phone()),
                cipher.encrypt(r.nationalId()),
                r.address().strip(),
                r.basis().name(),
                r.decisionNumber().strip(),
                r.decisionDate(),
                r.startDate(),
                periods.plannedEnd(r.basis(), r.startDate(), r.decisionDate()),
                f.zone().getId(),
                now);
        if (changed != 1) {
            throw ApiException.conflict("stale-version", "the case was changed by someone else; reload and edit again");
        }
        accounts.findByCaseId(id).ifPresent(a -> syncLoginPhone(a, f.phone()));
        lookupHashes.store(List.of(cases.findById(id).orElseThrow()));
        event(id, CaseEventType.UPDATED, null, null, null, today(f.zone()), caller, now);
        audit.append(AuditEntry.of(caller, AuditAction.CASE_UPDATE, id, "case", null));
        return detail(caller, cases.findById(id).orElseThrow());
    }

    @Transactional
    public CaseModels.TimelineEntry changeStatus(Caller caller, String id, CaseModels.ChangeStatus r) {
        requireOfficer(caller);
        CaseEntity c = lockInScope(caller, id);
        if (r.id() != null) {
            var replay = queries.statusEvent(r.id().toString());
            if (replay.isPresent()) {
                if (!replay.get().caseId().equals(id)
                        || !r.status().name().equals(replay.get().toStatus())) {
                    throw ApiException.conflict("id-in-use", "id is already used by another event");
                }
                return queries.timeline(id).stream()
                        .filter(e -> e.id().equals(r.id().toString()))
                        .findFirst()
                        .orElseThrow();
            }
        }
        CaseStatus from = CaseStatus.valueOf(c.status());
        if (!from.canMoveTo(r.status())) {
            throw ApiException.unprocessable(
                    "illegal-transition",
                    "a case cannot move from " + from + " to " + r.status()
                            + (from.next().isEmpty() ? " (" + from + " is final)" : "; allowed: " + from.next()),
                    "status");
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        if (r.effectiveDate().isAfter(today(zone))) {
            throw ApiException.badField("effectiveDate", "cannot be in the future");
        }
        if (r.effectiveDate().isBefore(c.statusSince())) {
            throw ApiException.badField(
                    "effectiveDate", "cannot be before the current status began (" + c.statusSince() + ")");
        }
        if (r.status() == CaseStatus.COMPLETED && r.effectiveDate().isBefore(c.plannedEndDate())) {
            throw ApiException.unprocessable(
                    "period-not-ended",
                    "the management period runs until " + c.plannedEndDate() + "; it cannot be completed earlier",
                    "effectiveDate");
        }
        Instant now = clock.instant();
        cases.updateStatus(id, r.status().name(), r.effectiveDate(), now);
        String eventId = Ids.orNew(r.id());
        events.save(new CaseEventEntity(
                eventId,
                id,
                CaseEventType.STATUS_CHANGED.name(),
                from.name(),
                r.status().name(),
                r.reason().strip(),
                r.effectiveDate(),
                caller.accountId(),
                now));
        if (r.status().isClosed()) {
            String reason = "case " + r.status().name().toLowerCase(Locale.ROOT);
            var mentor = queries.currentMentor(id);
            closedEvents.publishEvent(
                    new CaseClosedEvent(id, r.status(), r.effectiveDate(), reason, caller.accountId()));
            mentor.ifPresent(m -> event(
                    id,
                    CaseEventType.MENTOR_UNASSIGNED,
                    null,
                    null,
                    reason + " (" + m.displayName() + ")",
                    r.effectiveDate(),
                    caller,
                    now));
        }
        statusEvents.publishEvent(
                new CaseStatusChangedEvent(id, from, r.status(), r.effectiveDate(), caller.accountId()));
        audit.append(AuditEntry.of(caller, AuditAction.CASE_STATUS_CHANGE, id, "case", from + "->" + r.status()));
        return queries.timeline(id).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public List<CaseModels.TimelineEntry> timeline(Caller caller, String id) {
        inScope(caller, id);
        audit.append(AuditEntry.of(caller, AuditAction.CASE_TIMELINE_READ, id, "case", null));
        return queries.timeline(id);
    }

    @Transactional
    public vn.donghanh.common.Page<CaseModels.CaseSummary> dueForCompletion(Caller caller, String cursor, int limit) {
        requireOfficer(caller);
        var due = queries.dueForCompletion(CaseScope.of(caller), today(defaultZone), cursor, limit);
        audit.appendAll(due.items().stream()
                .map(s -> AuditEntry.of(caller, AuditAction.CASE_LIST, s.id(), "case", "due"))
                .toList());
        return due;
    }

    /**
     * The console's case list: {@link #list}'s scope, role check and audit, with its filters and
     * sorts ({@link CaseQueries.CaseSearch}); one page after the search's cursor.
     */
    @Transactional
    public Page<CaseQueries.CaseRow> search(Caller caller, CaseQueries.CaseSearch search) {
        requireOfficer(caller);
        Page<CaseQueries.CaseRow> page = queries.search(CaseScope.of(caller), search, today(defaultZone));
        audit.appendAll(page.items().stream()
                .map(r ->
                        AuditEntry.of(caller, AuditAction.CASE_LIST, r.summary().id(), "case", null))
                .toList());
        return page;
    }

    /**
     * Every case the search finds (the list's download), read {@value #SEARCH_CHUNK} at a time so no
     * limit cuts it short; each case exported is an audit row.
     */
    @Transactional
    public List<CaseQueries.CaseRow> searchAll(Caller caller, CaseQueries.CaseSearch search) {
        requireOfficer(caller);
        CaseScope scope = CaseScope.of(caller);
        LocalDate today = today(defaultZone);
        List<CaseQueries.CaseRow> out = new ArrayList<>();
        CaseQueries.CaseSearch next = search.withCursor(null, SEARCH_CHUNK);
        while (true) {
            Page<CaseQueries.CaseRow> page = queries.search(scope, next, today);
            out.addAll(page.items());
            if (page.nextCursor() == null) {
                break;
            }
            next = next.withCursor(page.nextCursor(), SEARCH_CHUNK);
        }
        audit.appendAll(out.stream()
                .map(r ->
                        AuditEntry.of(caller, AuditAction.CASE_LIST, r.summary().id(), "case", "xlsx"))
                .toList());
        return out;
    }

    /**
     * For an officer with the case in scope: who (other than the person) read or changed the record,
     * newest first, as {@link #myAccessLog} shows it to the person; the reading is itself logged.
     */
    @Transactional
    public Page<CaseModels.AccessLogEntry> accessLog(Caller caller, String caseId, String cursor, int limit) {
        requireOfficer(caller);
        inScope(caller, caseId);
        Long beforeSeq = cursor == null ? null : CaseQueries.accessLogCursor(cursor);
        audit.append(AuditEntry.of(caller, AuditAction.ACCESS_LOG_READ, caseId, "case", null));
        // The person's own reads are left out, as in their own view; a case without a login has none.
        String person = accounts.findByCaseId(caseId).map(AccountEntity::id).orElse("");
        return queries.accessLog(caseId, person, beforeSeq, limit);
    }

    /** Issues (or re-issues) the one-time code with which the person activates their phone login. */
    @Transactional
    public CaseModels.ActivationCode issueActivationCode(Caller caller, String id) {
        requireOfficer(caller);
        CaseEntity c = lockInScope(caller, id);
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status() + "; no login can be issued");
        }
        String phone = cipher.decrypt(c.phoneEnc());
        if (phone == null) {
            throw ApiException.unprocessable("phone-required", "the case has no phone number to log in with", "phone");
        }
        String code = newCode();
        Instant now = clock.instant();
        Instant expires = now.plus(activationTtl);
        String lookup = cipher.phoneLookupHash(phone);
        var byPhone = accounts.findByLoginPhoneHash(lookup);
        if (byPhone.isPresent() && !id.equals(byPhone.get().caseId())) {
            throw ApiException.conflict("phone-in-use", "another person's login already uses this phone number");
        }
        AccountEntity account = accounts.findByCaseId(id).orElse(null);
        if (account == null) {
            account = accounts.save(new AccountEntity(
                    UUID.randomUUID().toString(),
                    null,
                    Role.PERSON.name(),
                    c.fullName(),
                    c.adminUnitId(),
                    null,
                    id,
                    cipher.encrypt(phone),
                    lookup,
                    null,
                    SecretHasher.sha256(AuthService.normaliseCode(code)),
                    expires,
                    true,
                    0,
                    null,
                    now));
        } else {
            account = accounts.update(
                    account.withActivation(SecretHasher.sha256(AuthService.normaliseCode(code)), expires));
        }
        event(id, CaseEventType.ACTIVATION_CODE_ISSUED, null, null, null, today(ZoneId.of(c.timeZone())), caller, now);
        audit.append(AuditEntry.of(caller, AuditAction.CASE_ACTIVATION_ISSUE, id, "account:" + account.id(), null));
        return new CaseModels.ActivationCode(id, account.id(), code, CaseModels.utc(expires));
    }

    /**
     * The person's account, created without any login when they have none yet: a feature-phone
     * person who never activates the app still needs an account to address reminders (by SMS) to.
     */
    @Transactional
    public String ensurePersonAccount(CaseEntity c) {
        AccountEntity existing = accounts.findByCaseId(c.id()).orElse(null);
        if (existing != null) {
            return existing.id();
        }
        String phone = cipher.decrypt(c.phoneEnc());
        String lookup = phone == null ? null : cipher.phoneLookupHash(phone);
        if (lookup != null && accounts.findByLoginPhoneHash(lookup).isPresent()) {
            throw ApiException.conflict("phone-in-use", "another person's login already uses this phone number");
        }
        return accounts.save(new AccountEntity(
                        UUID.randomUUID().toString(),
                        null,
                        Role.PERSON.name(),
                        c.fullName(),
                        c.adminUnitId(),
                        null,
                        c.id(),
                        phone == null ? null : cipher.encrypt(phone),
                        lookup,
                        null,
                        null,
                        null,
                        true,
                        0,
                        null,
                        clock.instant()))
                .id();
    }

    @Transactional
    public CaseModels.CaseDetail myCase(Caller caller) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only a managed person has an own case");
        }
        return get(caller, caller.caseId());
    }

    @Transactional
    public Page<CaseModels.AccessLogEntry> myAccessLog(Caller caller, String cursor, int limit) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only a managed person has an access log");
        }
        Long beforeSeq = cursor == null ? null : CaseQueries.accessLogCursor(cursor);
        audit.append(AuditEntry.of(caller, AuditAction.ACCESS_LOG_READ, caller.caseId(), "case", null));
        return queries.accessLog(caller.caseId(), caller.accountId(), beforeSeq, limit);
    }

    /** For the certificate: the case (in scope) and its completion date. */
    @Transactional
    public CompletedCase completed(Caller caller, String id) {
        CaseEntity c = inScope(caller, id);
        if (!CaseStatus.COMPLETED.name().equals(c.status())) {
            throw ApiException.conflict(
                    "not-completed", "the case is " + c.status() + "; a certificate exists only once it is COMPLETED");
        }
        audit.append(AuditEntry.of(caller, AuditAction.CASE_CERTIFICATE_READ, id, "case", null));
        AdminUnitEntity commune = units.require(c.adminUnitId(), "adminUnitId");
        AdminUnitEntity province = commune;
        while (province.parentId() != null) {
            province = units.require(province.parentId(), "adminUnitId");
        }
        return new CompletedCase(
                c, commune.name(), province.name(), queries.completionDate(id).orElse(c.statusSince()));
    }

    public record CompletedCase(CaseEntity entity, String communeName, String provinceName, LocalDate completedOn) {}

    /**
     * Refuses a record dated on or after the day management ended (completed, transferred out,
     * deceased); a record made offline before that day is still accepted when it arrives.
     */
    public static void requireOpenOn(CaseEntity c, Instant occurred) {
        CaseStatus status = CaseStatus.valueOf(c.status());
        if (status.isClosed()
                && !occurred.atZone(ZoneId.of(c.timeZone())).toLocalDate().isBefore(c.statusSince())) {
            throw ApiException.conflict("case-closed", "management ended on " + c.statusSince() + " (" + status + ")");
        }
    }

    /** Cases in scope under supervision (plans apply), in id order, for the scans: see {@link CaseQueries}. */
    public List<CaseQueries.OpenCase> underSupervision(CaseScope scope, String afterId, int limit) {
        return queries.underSupervision(scope, afterId, limit);
    }

    /** Of these cases, the ones not under supervision (suspended or closed). */
    public Set<String> notUnderSupervision(Collection<String> caseIds) {
        return queries.notUnderSupervision(caseIds);
    }

    /** Of these cases, the ones whose management ended. */
    public Set<String> closed(Collection<String> caseIds) {
        return queries.closed(caseIds);
    }

    /** The administrative unit of each case (no scope: for the service's own jobs). */
    public Map<String, String> unitsOf(Collection<String> caseIds) {
        return queries.unitsOf(caseIds);
    }

    /** The report facts of these cases (no scope: for counts, never names). */
    public Map<String, CaseQueries.ReportFacts> reportFacts(Collection<String> caseIds) {
        return queries.reportFacts(caseIds);
    }

    /** Every case registered now at or below the unit path and entered before {@code createdBefore} (counts). */
    public List<String> idsWithinUnit(String unitPath, Instant createdBefore) {
        return queries.idsWithinUnit(unitPath, createdBefore);
    }

    /** Each case's status changes, in timeline order. */
    public Map<String, List<CaseQueries.StatusChange>> statusChanges(Collection<String> caseIds) {
        return queries.statusChanges(caseIds);
    }

    /** Name and unit of each of these cases, for another feature's list of records the caller has scoped. */
    public Map<String, CaseQueries.CaseLabel> labels(Collection<String> caseIds) {
        return queries.labels(caseIds);
    }

    /** Every case registered now at or below the unit path, whatever its status (a report's trend). */
    public List<String> idsRegisteredUnder(String unitPath) {
        return queries.idsRegisteredUnder(unitPath);
    }

    /** The case's time zone, with the case row locked until the transaction ends. */
    public Optional<ZoneId> timeZoneForUpdate(String caseId) {
        return queries.timeZoneForUpdate(caseId);
    }

    /** The time zone of each of these cases, whatever their status: for reports over cases a report has scoped. */
    public Map<String, ZoneId> zonesOf(Collection<String> caseIds) {
        return queries.zonesOf(caseIds);
    }

    /** A case the caller may read, or 404 (never 403: out-of-scope records do not reveal they exist). */
    public CaseEntity inScope(Caller caller, String id) {
        return queries.findInScope(CaseScope.of(caller), id).orElseThrow(() -> ApiException.notFound());
    }

    /**
     * A case whoever holds it, or 404: for a feature that has checked the reader's right itself (a
     * transfer sheet, read by the commune the case is moving to).
     */
    public CaseEntity find(String id) {
        return cases.findById(id).orElseThrow(() -> ApiException.notFound());
    }

    private CaseEntity lockInScope(Caller caller, String id) {
        inScope(caller, id);
        return cases.findByIdForUpdate(id).orElseThrow(() -> ApiException.notFound());
    }

    private void syncLoginPhone(AccountEntity account, String phone) {
        String lookup = phone == null ? null : cipher.phoneLookupHash(phone);
        var other = lookup == null ? Optional.<AccountEntity>empty() : accounts.findByLoginPhoneHash(lookup);
        if (other.isPresent() && !other.get().id().equals(account.id())) {
            throw ApiException.conflict("phone-in-use", "another person's login already uses this phone number");
        }
        accounts.updateLoginPhone(account.id(), cipher.encrypt(phone), lookup);
    }

    private void event(
            String caseId,
            CaseEventType type,
            CaseStatus from,
            CaseStatus to,
            String reason,
            LocalDate effective,
            Caller caller,
            Instant now) {
        events.save(new CaseEventEntity(
                UUID.randomUUID().toString(),
                caseId,
                type.name(),
                from == null ? null : from.name(),
                to == null ? null : to.name(),
                reason,
                effective,
                caller.accountId(),
                now));
    }

    private record Fields(String phone, ZoneId zone) {}

    private Fields validate(
            String fullName,
            LocalDate dob,
            String phone,
            ManagementBasis basis,
            LocalDate decisionDate,
            LocalDate startDate,
            String timeZone) {
        List<ApiException> problems = ruleProblems(fullName, dob, phone, basis, decisionDate, startDate, timeZone);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new Fields(phone == null ? null : PhoneNumbers.normalise(phone), zoneOf(timeZone));
    }

    /** Every rule of a registration or edit the body breaks, in the order {@link #validate} checks them. */
    private List<ApiException> ruleProblems(
            String fullName,
            LocalDate dob,
            String phone,
            ManagementBasis basis,
            LocalDate decisionDate,
            LocalDate startDate,
            String timeZone) {
        List<ApiException> problems = new java.util.ArrayList<>();
        if (fullName.strip().isEmpty()) {
            problems.add(ApiException.badField("fullName", "must not be blank"));
        }
        if (phone != null && !PhoneNumbers.isValid(phone)) {
            problems.add(ApiException.badField("phone", "is not a Vietnamese phone number"));
        }
        ZoneId zone;
        try {
            zone = zoneOf(timeZone);
        } catch (DateTimeException e) {
            problems.add(ApiException.badField("timeZone", "is not a known time zone"));
            zone = defaultZone;
        }
        if (!dob.isBefore(startDate)) {
            problems.add(ApiException.badField("dateOfBirth", "must be before the start date"));
        }
        if (startDate.isAfter(today(zone).plusYears(1))) {
            problems.add(ApiException.badField("startDate", "is more than a year in the future"));
        }
        if (decisionDate.isAfter(today(zone))) {
            problems.add(ApiException.badField("decisionDate", "cannot be in the future"));
        }
        int ageAtDecision = Period.between(dob, decisionDate).getYears();
        if (basis == ManagementBasis.COMPULSORY_REHAB_MINOR && (ageAtDecision < 12 || ageAtDecision >= 18)) {
            problems.add(ApiException.badField(
                    "basis", "compulsory rehab as a minor applies from 12 to under 18 at the decision"));
        }
        if (basis == ManagementBasis.COMPULSORY_REHAB_ADULT && ageAtDecision < 18) {
            problems.add(ApiException.badField(
                    "basis", "the person was under 18 at the decision; use COMPULSORY_REHAB_MINOR"));
        }
        return problems;
    }

    private ZoneId zoneOf(String timeZone) {
        return timeZone == null ? defaultZone : ZoneId.of(timeZone);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("only commune officers manage cases");
        }
    }

    private String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * The officers who answer for the case (the escalation ladder's: its commune's, or the nearest unit
     * above's), by name, at most {@link #MAX_OFFICER_CONTACTS}: for the person's phone offline, and for
     * the mentor to message.
     */
    private List<CaseModels.OfficerContact> officerContacts(String caseId) {
        return responders.officerContacts(caseId).stream()
                .sorted(Comparator.comparing((CaseResponders.Officer o) -> TextFold.fold(o.displayName()))
                        .thenComparing(CaseResponders.Officer::displayName)
                        .thenComparing(CaseResponders.Officer::id))
                .limit(MAX_OFFICER_CONTACTS)
                .map(o -> new CaseModels.OfficerContact(o.id(), o.displayName(), cipher.decrypt(o.phoneEnc())))
                .toList();
    }

    CaseModels.CaseDetail detail(Caller caller, CaseEntity c) {
        CaseModels.MentorContact mentor = queries.currentMentor(c.id())
                .map(m -> new CaseModels.MentorContact(
                        m.id(), m.displayName(), cipher.decrypt(m.phoneEnc()), m.organisationId()))
                .orElse(null);
        boolean showNationalId = caller.is(Role.OFFICER, Role.PERSON);
        return new CaseModels.CaseDetail(
                c.id(),
                c.adminUnitId(),
                units.require(c.adminUnitId(), "adminUnitId").name(),
                c.fullName(),
                c.dateOfBirth(),
                Sex.valueOf(c.sex()),
                c.ethnicity(),
                c.preferredLanguage(),
                cipher.decrypt(c.phoneEnc()),
                showNationalId ? cipher.decrypt(c.nationalIdEnc()) : null,
                c.address(),
                ManagementBasis.valueOf(c.basis()),
                c.decisionNumber(),
                c.decisionDate(),
                c.startDate(),
                c.plannedEndDate(),
                CaseStatus.valueOf(c.status()),
                c.statusSince(),
                c.timeZone(),
                c.version(),
                mentor,
                officerContacts(c.id()),
                CaseModels.utc(c.createdAt()),
                CaseModels.utc(c.updatedAt()));
    }
}
