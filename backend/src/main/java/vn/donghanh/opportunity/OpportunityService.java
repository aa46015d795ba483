package vn.donghanh.opportunity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.common.TextFold;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.provider.ProviderModels;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Job openings, vocational courses and loan programmes. Search is diacritics-insensitive and ordered
 * by administrative distance from a commune (same commune, then the province, then the rest).
 * Opportunities carry nothing about who was interested or referred.
 */
@Singleton
public class OpportunityService {
    /** Opportunities on one page of a search when the caller does not say (what a search answered before paging). */
    public static final int DEFAULT_PAGE = 100;

    /** The most opportunities one page of a search holds; the rest are on the next pages. */
    public static final int MAX_PAGE = 100;

    private final OpportunityStore store;
    private final ProviderService providers;
    private final OrganisationService organisations;
    private final AdminUnitService units;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    public OpportunityService(
            OpportunityStore store,
            ProviderService providers,
            OrganisationService organisations,
            AdminUnitService units,
            CaseService cases,
            CaseResponders responders,
            Notifier notifier,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.providers = providers;
        this.organisations = organisations;
        this.units = units;
        this.cases = cases;
        this.responders = responders;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OpportunityModels.Opportunity create(Caller caller, OpportunityModels.CreateOpportunity r) {
        if (!caller.is(Role.OFFICER, Role.ADMIN)) {
            throw ApiException.forbidden("officers and admins record opportunities");
        }
        String id = Ids.orNew(r.id());
        OpportunityModels.Opportunity existing = find(id);
        if (existing != null) {
            if (!existing.title().equals(r.title().strip())) {
                throw ApiException.conflict("id-in-use", "id is already used by another opportunity");
            }
            return existing;
        }
        ProviderModels.Provider provider = providers.find(r.providerId().toString());
        if (provider == null) {
            throw ApiException.badField("providerId", "no such provider in the directory");
        }
        if (caller.is(Role.OFFICER) && !servesWithin(provider, caller.unitPath(), "providerId")) {
            throw ApiException.badField("providerId", "the provider serves none of your communes");
        }
        units.require(r.adminUnitId().toString(), "adminUnitId");
        if (r.wageMin() != null && r.wageMax() != null && r.wageMin() > r.wageMax()) {
            throw ApiException.badField("wageMax", "must not be below wageMin");
        }
        if (r.type() == OpportunityModels.Type.COURSE
                && (r.trade() == null || r.trade().isBlank())) {
            throw ApiException.badField("trade", "a vocational course names its trade");
        }
        if (r.type() == OpportunityModels.Type.LOAN
                && (r.loanPurpose() == null || r.loanPurpose().isBlank())) {
            throw ApiException.badField("loanPurpose", "a loan programme states its purpose");
        }
        boolean course = r.type() == OpportunityModels.Type.COURSE;
        String search =
                TextFold.fold(r.title() + " " + (course && r.trade() != null ? r.trade() : "") + " " + provider.name());
        store.insert(
                id,
                provider.id(),
                search.length() > 600 ? search.substring(0, 600) : search,
                r,
                caller.accountId(),
                clock.instant());
        return find(id);
    }

    @Transactional
    public OpportunityModels.Opportunity setStatus(Caller caller, String id, OpportunityModels.Status status) {
        if (!caller.is(Role.OFFICER, Role.ADMIN)) {
            throw ApiException.forbidden("officers and admins maintain opportunities");
        }
        OpportunityModels.Opportunity o = find(id);
        if (o == null) {
            throw ApiException.notFound();
        }
        if (caller.is(Role.OFFICER) && !servesWithin(providers.find(o.providerId()), caller.unitPath(), "id")) {
            throw ApiException.notFound();
        }
        if (!o.status().canMoveTo(status)) {
            throw ApiException.unprocessable(
                    "illegal-transition", "an opportunity cannot move from " + o.status() + " to " + status, "status");
        }
        store.setStatus(id, status, clock.instant());
        return find(id);
    }

    /**
     * Search: a person searches around their own commune; staff around {@code communeId} or their
     * own unit. Nearest first (then deadline, none last, title and id): one page of {@code limit} after
     * {@code cursor}, the {@code nextCursor} leading to the rest, so that every match can be read.
     */
    @Transactional
    public Page<OpportunityModels.Opportunity> search(
            Caller caller,
            String text,
            OpportunityModels.Type type,
            OpportunityModels.Status status,
            String communeId,
            String cursor,
            int limit) {
        OpportunityStore.SearchKey after = cursor == null ? null : decode(cursor);
        String around;
        if (caller.is(Role.PERSON)) {
            around = cases.inScope(caller, caller.caseId()).adminUnitId();
        } else {
            around = communeId != null ? units.require(communeId, "communeId").id() : caller.unitId();
        }
        AdminUnitEntity unit = units.require(around, "communeId");
        String province = provincePath(unit.path());
        String like = text != null && !text.isBlank() ? "%" + TextFold.escapeLike(TextFold.fold(text)) + "%" : null;
        List<OpportunityModels.Opportunity> rows = store.search(
                unit.id(),
                units.idsUnder(province),
                status == null ? OpportunityModels.Status.OPEN : status,
                type,
                like,
                after,
                limit + 1);
        return Page.ofOverfetched(withProviderNames(rows), limit, last -> encode(OpportunityStore.SearchKey.of(last)));
    }

    /** Every match of a search, page after page: for a list that must show them all (the console's choices). */
    public List<OpportunityModels.Opportunity> searchAll(
            Caller caller,
            String text,
            OpportunityModels.Type type,
            OpportunityModels.Status status,
            String communeId) {
        List<OpportunityModels.Opportunity> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<OpportunityModels.Opportunity> page = search(caller, text, type, status, communeId, cursor, MAX_PAGE);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    private static String encode(OpportunityStore.SearchKey k) {
        return Cursor.encode(String.valueOf(k.distance()), k.deadline().toString(), k.title(), k.id());
    }

    private static OpportunityStore.SearchKey decode(String cursor) {
        List<String> parts = Cursor.decode(cursor, 4);
        int distance;
        try {
            distance = Integer.parseInt(parts.get(0));
        } catch (NumberFormatException e) {
            throw ApiException.badField("cursor", "is not a cursor this list issued");
        }
        return new OpportunityStore.SearchKey(distance, Cursor.date(parts.get(1)), parts.get(2), parts.get(3));
    }

    /** "I'm interested": recorded once; the person's mentor and the commune's officers are told. */
    @Transactional
    public OpportunityModels.Interest interested(Caller caller, String opportunityId) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("interest is expressed by the person");
        }
        CaseEntity c = cases.inScope(caller, caller.caseId());
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status());
        }
        OpportunityModels.Opportunity o = find(opportunityId);
        if (o == null) {
            throw ApiException.notFound();
        }
        if (o.status() != OpportunityModels.Status.OPEN) {
            throw ApiException.conflict("opportunity-closed", "the opportunity is " + o.status());
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        int created = store.insertInterestOnce(id, opportunityId, c.id(), now);
        if (created == 1) {
            List<String> told = new ArrayList<>(responders.officers(c.id()));
            responders.mentor(c.id()).ifPresent(told::add);
            for (String account : told) {
                notifier.notify(
                        account,
                        NotificationText.OPPORTUNITY_INTEREST,
                        Notifier.Priority.NORMAL,
                        c.id(),
                        opportunityId,
                        "interest:" + id + ":" + account);
            }
            audit.append(AuditEntry.of(
                    caller, AuditAction.OPPORTUNITY_INTEREST, c.id(), "opportunity:" + opportunityId, null));
        }
        return interests(c.id()).stream()
                .filter(i -> i.opportunityId().equals(opportunityId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public List<OpportunityModels.Interest> interestsOf(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.INTERESTS_READ, caseId, "interests", null));
        return interests(caseId);
    }

    private List<OpportunityModels.Interest> interests(String caseId) {
        return store.interests(caseId);
    }

    /** "/nation/province/..." -> "/nation/province/": the province a unit belongs to. */
    static String provincePath(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] + "/" : path;
    }

    public OpportunityModels.Opportunity find(String id) {
        OpportunityModels.Opportunity o = store.find(id);
        return o == null ? null : withProviderNames(List.of(o)).get(0);
    }

    /** Id → title of the opportunities with these ids, in one query: for other features' lists. */
    public Map<String, String> titlesOf(Collection<String> ids) {
        return store.titles(ids);
    }

    /** Whether the provider serves a unit at or below {@code unitPath}: one query for all its units. */
    private boolean servesWithin(ProviderModels.Provider provider, String unitPath, String field) {
        Map<String, AdminUnitEntity> served = units.unitsOf(provider.servedUnitIds());
        return provider.servedUnitIds().stream().anyMatch(u -> {
            AdminUnitEntity unit = served.get(u);
            if (unit == null) {
                throw ApiException.badField(field, "no such administrative unit");
            }
            return unit.path().startsWith(unitPath);
        });
    }

    /** The opportunities with their provider's name, from organisation in one call. */
    private List<OpportunityModels.Opportunity> withProviderNames(List<OpportunityModels.Opportunity> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, String> names = organisations.namesOf(
                found.stream().map(OpportunityModels.Opportunity::providerId).collect(Collectors.toSet()));
        return found.stream()
                .map(o -> new OpportunityModels.Opportunity(
                        o.id(),
                        o.providerId(),
                        names.get(o.providerId()),
                        o.type(),
                        o.title(),
                        o.description(),
                        o.adminUnitId(),
                        o.place(),
                        o.seats(),
                        o.deadline(),
                        o.requirements(),
                        o.wageMin(),
                        o.wageMax(),
                        o.trade(),
                        o.startDate(),
                        o.durationWeeks(),
                        o.feeSupport(),
                        o.loanPurpose(),
                        o.loanCeiling(),
                        o.loanConditions(),
                        o.status(),
                        o.distance()))
                .toList();
    }
}
