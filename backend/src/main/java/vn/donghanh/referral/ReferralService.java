package vn.donghanh.referral;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.opportunity.OpportunityModels;
import vn.donghanh.opportunity.OpportunityService;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.Role;

/**
 * Closed-loop referrals: a mentor or officer proposes, the person accepts (and says what the
 * provider may see), the referral is sent and followed to placement; retention checks fall due 3
 * and 6 months after a placement or an enrolment, until someone answers them.
 */
@Singleton
public class ReferralService {
    /** Retention checks read at a time by jobs and computed lists that must see all of them. */
    public static final int CHUNK = ReferralStore.CHUNK;

    private final ReferralStore store;
    private final CaseService cases;
    private final OpportunityService opportunities;
    private final ProviderService providers;
    private final OrganisationService organisations;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId defaultZone;

    public ReferralService(
            ReferralStore store,
            CaseService cases,
            OpportunityService opportunities,
            ProviderService providers,
            OrganisationService organisations,
            CaseResponders responders,
            Notifier notifier,
            DataCipher cipher,
            AuditLog audit,
            ServiceTime time) {
        this.store = store;
        this.cases = cases;
        this.opportunities = opportunities;
        this.providers = providers;
        this.organisations = organisations;
        this.responders = responders;
        this.notifier = notifier;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = time.clock();
        this.defaultZone = time.zone();
    }

    @Transactional
    public ReferralModels.Referral create(Caller caller, String caseId, ReferralModels.CreateReferral r) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("mentors and officers refer");
        }
        CaseEntity c = cases.inScope(caller, caseId);
        ReferralModels.Referral existing = find(r.id().toString());
        if (existing != null) {
            if (!existing.caseId().equals(caseId)) {
                throw ApiException.conflict("id-in-use", "id is already used by another referral");
            }
            return existing;
        }
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status());
        }
        String providerId;
        ReferralModels.Kind kind;
        if (r.opportunityId() != null) {
            OpportunityModels.Opportunity o =
                    opportunities.find(r.opportunityId().toString());
            if (o == null) {
                throw ApiException.badField("opportunityId", "no such opportunity");
            }
            if (o.status() != OpportunityModels.Status.OPEN) {
                throw ApiException.badField("opportunityId", "the opportunity is " + o.status());
            }
            providerId = o.providerId();
            kind = ReferralModels.Kind.valueOf(o.type().name());
        } else if (r.providerId() != null) {
            if (providers.find(r.providerId().toString()) == null) {
                throw ApiException.badField("providerId", "no such provider in the directory");
            }
            providerId = r.providerId().toString();
            kind = r.kind() == null ? ReferralModels.Kind.OTHER : r.kind();
        } else {
            throw ApiException.badField("opportunityId", "refer to an opportunity or, with providerId, to a provider");
        }
        LocalDate today = today(c);
        Instant now = clock.instant();
        String id = r.id().toString();
        store.insert(
                id,
                caseId,
                r.opportunityId() == null ? null : r.opportunityId().toString(),
                providerId,
                kind,
                today,
                caller.accountId(),
                now);
        store.insertStep(id, null, ReferralStatus.PROPOSED, today, r.note(), caller.accountId(), now);
        responders
                .person(caseId)
                .ifPresent(person -> notifier.notify(
                        person,
                        NotificationText.REFERRAL_PROPOSED,
                        Notifier.Priority.NORMAL,
                        caseId,
                        id,
                        "referral:" + id + ":person"));
        audit.append(AuditEntry.of(caller, AuditAction.REFERRAL_CHANGE, caseId, "referral:" + id, "PROPOSED"));
        return find(id);
    }

    @Transactional
    public ReferralModels.Referral step(Caller caller, String referralId, ReferralModels.Step s) {
        ReferralModels.Referral ref = find(referralId);
        if (ref == null) {
            throw ApiException.notFound();
        }
        CaseEntity c = cases.inScope(caller, ref.caseId());
        store.lock(referralId);
        ref = find(referralId);
        boolean byPerson = caller.is(Role.PERSON);
        if (s.status() == ReferralStatus.ACCEPTED && !byPerson) {
            throw ApiException.forbidden("only the person accepts a referral");
        }
        if (byPerson && s.status() != ReferralStatus.ACCEPTED && s.status() != ReferralStatus.WITHDRAWN) {
            throw ApiException.forbidden("the person accepts or withdraws; mentors and officers record the rest");
        }
        if (!caller.is(Role.PERSON, Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("only the person, the mentor and the officer move a referral");
        }
        boolean ending = s.status() == ReferralStatus.WITHDRAWN || s.status() == ReferralStatus.NOT_PLACED;
        if (!ending) {
            CaseService.requireOpenOn(
                    c, s.date().atStartOfDay(ZoneId.of(c.timeZone())).toInstant());
        }
        if (!ref.status().canMoveTo(s.status())) {
            throw ApiException.unprocessable(
                    "illegal-transition",
                    "a referral cannot move from " + ref.status() + " to "
                            + s.status()
                            + (ref.status().next().isEmpty()
                                    ? " (" + ref.status() + " is final)"
                                    : "; allowed: " + ref.status().next()),
                    "status");
        }
        if (s.date().isAfter(today(c))) {
            throw ApiException.badField("date", "cannot be in the future");
        }
        if (s.date().isBefore(ref.statusDate())) {
            throw ApiException.badField("date", "cannot be before the previous step (" + ref.statusDate() + ")");
        }
        Instant now = clock.instant();
        String shared = s.status() == ReferralStatus.ACCEPTED
                ? (s.sharedFields() == null
                        ? ""
                        : s.sharedFields().stream()
                                .distinct()
                                .map(Enum::name)
                                .sorted()
                                .collect(Collectors.joining(",")))
                : null;
        store.move(referralId, s.status(), s.date(), shared);
        store.insertStep(referralId, ref.status(), s.status(), s.date(), s.note(), caller.accountId(), now);
        boolean startsSomething = s.status() == ReferralStatus.PLACED
                || (s.status() == ReferralStatus.ENROLLED && ref.kind() == ReferralModels.Kind.COURSE);
        if (startsSomething) {
            for (int months : new int[] {3, 6}) {
                store.insertCheckOnce(referralId, c.id(), months, s.date().plusMonths(months));
            }
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.REFERRAL_CHANGE,
                c.id(),
                "referral:" + referralId,
                s.status().name()));
        return find(referralId);
    }

    @Transactional
    public List<ReferralModels.Referral> forCase(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.REFERRALS_READ, caseId, "referrals", null));
        return named(withSteps(store.newestFirst(caseId)));
    }

    /** The sheet sent to the provider: only what the person agreed to share, and only once they accepted. */
    @Transactional
    public ReferralModels.ProviderSheet providerSheet(Caller caller, String referralId) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("mentors and officers send referrals");
        }
        ReferralModels.Referral ref = find(referralId);
        if (ref == null) {
            throw ApiException.notFound();
        }
        CaseEntity c = cases.inScope(caller, ref.caseId());
        if (ref.status() == ReferralStatus.PROPOSED
                || ref.status() == ReferralStatus.WITHDRAWN
                || ref.status() == ReferralStatus.NOT_PLACED) {
            // Consent covers a referral in progress: not before acceptance, not after it was dropped.
            throw ApiException.conflict(
                    "not-accepted", "the referral is " + ref.status() + "; nothing goes to the provider");
        }
        Map<ReferralModels.SharedField, String> fields = new EnumMap<>(ReferralModels.SharedField.class);
        for (ReferralModels.SharedField f : ref.sharedFields()) {
            switch (f) {
                case FULL_NAME -> fields.put(f, c.fullName());
                case PHONE -> {
                    String phone = cipher.decrypt(c.phoneEnc());
                    if (phone != null) {
                        fields.put(f, phone);
                    }
                }
                case DATE_OF_BIRTH -> fields.put(f, c.dateOfBirth().toString());
                case ADDRESS -> fields.put(f, c.address());
            }
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.REFERRAL_SHEET_READ,
                c.id(),
                "referral:" + referralId,
                "shared " + ref.sharedFields()));
        return new ReferralModels.ProviderSheet(referralId, ref.providerName(), ref.opportunityTitle(), fields);
    }

    /** Unanswered retention checks due today or earlier in the caller's scope, earliest first, one page after {@code cursor}. */
    @Transactional
    public Page<ReferralModels.RetentionCheck> dueChecks(Caller caller, String cursor, int limit) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("retention checks are answered by mentors and officers");
        }
        LocalDate afterDue = null;
        String afterId = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            afterDue = Cursor.date(parts.get(0));
            afterId = parts.get(1);
        }
        List<ReferralModels.RetentionCheck> rows = unansweredDue(CaseScope.of(caller), afterDue, afterId, limit + 1);
        Page<ReferralModels.RetentionCheck> page = Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.dueOn().toString(), last.id()));
        audit.appendAll(page.items().stream()
                .map(d -> AuditEntry.of(caller, AuditAction.CASE_LIST, d.caseId(), "retention", null))
                .toList());
        return page;
    }

    /**
     * Every unanswered retention check due today or earlier within a case scope, handed to {@code chunk}
     * {@link #CHUNK} at a time in (dueOn, id) order until none is left (callers audit).
     */
    public void forEachUnansweredDue(CaseScope scope, Consumer<List<ReferralModels.RetentionCheck>> chunk) {
        LocalDate afterDue = null;
        String afterId = null;
        while (true) {
            List<ReferralModels.RetentionCheck> rows = unansweredDue(scope, afterDue, afterId, CHUNK);
            if (!rows.isEmpty()) {
                chunk.accept(rows);
            }
            if (rows.size() < CHUNK) {
                return;
            }
            afterDue = rows.get(rows.size() - 1).dueOn();
            afterId = rows.get(rows.size() - 1).id();
        }
    }

    /** Up to {@code limit} unanswered checks due today or earlier, after (afterDue, afterId) in (dueOn, id) order. */
    private List<ReferralModels.RetentionCheck> unansweredDue(
            CaseScope scope, LocalDate afterDue, String afterId, int limit) {
        List<ReferralModels.RetentionCheck> rows =
                store.unansweredDue(scope, LocalDate.now(clock.withZone(defaultZone)), afterDue, afterId, limit);
        return labelled(rows);
    }

    /**
     * The referrals of every case in the caller's scope (an officer's communes and below), of {@code status} when
     * given, latest status change first, one page after {@code cursor}; each with its person's name. Every case
     * listed is in its access log.
     */
    @Transactional
    public Page<ReferralModels.ListedReferral> listInScope(
            Caller caller, ReferralStatus status, String cursor, int limit) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("mentors and officers refer");
        }
        LocalDate afterDate = null;
        String afterId = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            afterDate = Cursor.date(parts.get(0));
            afterId = parts.get(1);
        }
        List<ReferralStore.Head> heads = store.inScope(CaseScope.of(caller), status, afterDate, afterId, limit + 1);
        Page<ReferralStore.Head> page = Page.ofOverfetched(
                heads, limit, last -> Cursor.encode(last.statusDate().toString(), last.id()));
        List<ReferralModels.Referral> referrals = named(withSteps(page.items()));
        var labels = cases.labels(
                referrals.stream().map(ReferralModels.Referral::caseId).toList());
        audit.appendAll(referrals.stream()
                .map(ReferralModels.Referral::caseId)
                .distinct()
                .map(caseId -> AuditEntry.of(caller, AuditAction.REFERRALS_READ, caseId, "referrals", null))
                .toList());
        return new Page<>(
                referrals.stream()
                        .map(r -> new ReferralModels.ListedReferral(
                                r, labels.get(r.caseId()).fullName()))
                        .toList(),
                page.nextCursor());
    }

    @Transactional
    public ReferralModels.RetentionCheck answer(Caller caller, String checkId, ReferralModels.AnswerCheck a) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("retention checks are answered by mentors and officers");
        }
        String caseId = store.caseOfCheck(checkId);
        if (caseId == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, caseId);
        boolean answered = store.answer(
                checkId,
                clock.instant(),
                caller.accountId(),
                a.outcome(),
                a.note() == null ? null : a.note().strip());
        if (!answered) {
            throw ApiException.conflict("already-answered", "this retention check was answered already");
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.RETENTION_ANSWER,
                caseId,
                "retention:" + checkId,
                a.outcome().name()));
        ReferralModels.RetentionCheck check = store.check(checkId);
        return labelled(List.of(check)).get(0);
    }

    @Transactional
    public ReferralModels.Reintegration reintegration(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.REFERRALS_READ, caseId, "reintegration", null));
        return derive(List.of(caseId)).get(caseId);
    }

    /**
     * Reintegration status of many cases at once, for the commune summary: three queries for each {@link #CHUNK}
     * cases (their referrals, those referrals' steps, their answered checks), however many referrals they have; one
     * when none of them was referred.
     */
    public Map<String, ReferralModels.ReintegrationStatus> statusOf(List<String> caseIds) {
        Map<String, ReferralModels.ReintegrationStatus> out = new HashMap<>();
        derive(caseIds).forEach((id, r) -> out.put(id, r.status()));
        return out;
    }

    /** One referral's path, for counts: what it was for and every step (status and day) it took, in order. */
    public record ReferralPath(
            String caseId, String referralId, ReferralModels.Kind kind, List<ReferralModels.StepView> steps) {}

    /** One answered retention check, for counts: {@code months} after the placement or enrolment. */
    public record RetentionAnswer(
            String caseId, String referralId, int months, Instant answeredAt, ReferralModels.Outcome outcome) {}

    /** Every referral of these cases with its steps, in two queries per chunk; no names (counts). */
    public List<ReferralPath> pathsOf(Collection<String> caseIds) {
        Map<String, List<ReferralStore.Head>> byCase = store.oldestFirstByCase(caseIds);
        if (byCase.isEmpty()) {
            return List.of();
        }
        Map<String, List<ReferralModels.StepView>> steps = store.stepsOfCases(byCase.keySet());
        List<ReferralPath> out = new ArrayList<>();
        byCase.values()
                .forEach(heads -> heads.forEach(h -> out.add(
                        new ReferralPath(h.caseId(), h.id(), h.kind(), steps.getOrDefault(h.id(), List.of())))));
        return out;
    }

    /** Every answered retention check of these cases, in one query per chunk (counts). */
    public List<RetentionAnswer> retentionAnswersOf(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : store.retentionAnswers(caseIds);
    }

    /** The reintegration of each case, replayed from its referrals (oldest first) and its answered checks. */
    private Map<String, ReferralModels.Reintegration> derive(List<String> caseIds) {
        Map<String, List<ReferralStore.Head>> byCase = store.oldestFirstByCase(caseIds);
        Map<String, List<ReferralModels.StepView>> steps =
                byCase.isEmpty() ? Map.of() : store.stepsOfCases(byCase.keySet());
        Map<String, List<ReintegrationStatusDeriver.Answer>> answers =
                byCase.isEmpty() ? Map.of() : store.answeredChecks(byCase.keySet(), defaultZone);
        Map<String, ReferralModels.Reintegration> out = new HashMap<>();
        for (String id : caseIds) {
            // The names of the opportunity and the provider play no part in the replay.
            List<ReferralModels.Referral> referrals = byCase.getOrDefault(id, List.of()).stream()
                    .map(h -> referral(h, null, null, steps.getOrDefault(h.id(), List.of())))
                    .toList();
            out.put(id, ReintegrationStatusDeriver.derive(id, referrals, answers.getOrDefault(id, List.of())));
        }
        return out;
    }

    private ReferralModels.Referral find(String id) {
        ReferralStore.Head head = store.head(id);
        return head == null ? null : named(withSteps(List.of(head))).get(0);
    }

    private record WithSteps(ReferralStore.Head head, List<ReferralModels.StepView> steps) {}

    private List<WithSteps> withSteps(List<ReferralStore.Head> heads) {
        Map<String, List<ReferralModels.StepView>> steps = heads.isEmpty()
                ? Map.of()
                : store.steps(heads.stream().map(ReferralStore.Head::id).toList());
        return heads.stream()
                .map(h -> new WithSteps(h, steps.getOrDefault(h.id(), List.of())))
                .toList();
    }

    /** The referrals with the opportunity's title and the provider's name, one call to each owner. */
    private List<ReferralModels.Referral> named(List<WithSteps> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = opportunities.titlesOf(rows.stream()
                .map(r -> r.head().opportunityId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, String> names = organisations.namesOf(
                rows.stream().map(r -> r.head().providerId()).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> referral(
                        r.head(),
                        r.head().opportunityId() == null
                                ? null
                                : titles.get(r.head().opportunityId()),
                        names.get(r.head().providerId()),
                        r.steps()))
                .toList();
    }

    private static ReferralModels.Referral referral(
            ReferralStore.Head h, String opportunityTitle, String providerName, List<ReferralModels.StepView> steps) {
        return new ReferralModels.Referral(
                h.id(),
                h.caseId(),
                h.opportunityId(),
                opportunityTitle,
                h.providerId(),
                providerName,
                h.kind(),
                h.status(),
                h.statusDate(),
                h.sharedFields(),
                new ArrayList<>(steps));
    }

    /** The checks with their person's name and case unit, from casefile. */
    private List<ReferralModels.RetentionCheck> labelled(List<ReferralModels.RetentionCheck> checks) {
        var labels = cases.labels(
                checks.stream().map(ReferralModels.RetentionCheck::caseId).toList());
        return checks.stream()
                .map(c -> {
                    var label = labels.get(c.caseId());
                    return new ReferralModels.RetentionCheck(
                            c.id(),
                            c.referralId(),
                            c.caseId(),
                            label.fullName(),
                            label.adminUnitId(),
                            c.kind(),
                            c.months(),
                            c.dueOn(),
                            c.answeredAt(),
                            c.outcome(),
                            c.note());
                })
                .toList();
    }

    private LocalDate today(CaseEntity c) {
        return LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())));
    }

    /**
     * For a transfer sheet (the transfer feature has checked the reader's part in it): the case's
     * referrals still going on or placed, as they stood on {@code until} (null: now); not audited here,
     * the sheet's read is.
     */
    public List<ReferralModels.Referral> openForSheet(String caseId, LocalDate until) {
        return named(withSteps(store.newestFirst(caseId))).stream()
                .filter(r -> until == null
                        || !r.steps().isEmpty() && !r.steps().get(0).date().isAfter(until))
                .filter(r -> !r.status().next().isEmpty() || r.status() == ReferralStatus.PLACED)
                .toList();
    }
}
