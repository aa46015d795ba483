package vn.donghanh.provider;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.organisation.OrganisationModels;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.organisation.OrganisationType;
import vn.donghanh.provider.ProviderModels.CreateProvider;
import vn.donghanh.provider.ProviderModels.Provider;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The directory of reintegration providers, kept by officers (for the communes they serve) and
 * admins: an organisation plus a contact person and the communes it serves.
 */
@Singleton
public class ProviderService {
    private final OrganisationService organisations;
    private final AdminUnitService units;
    private final ProviderStore store;
    private final Clock clock;

    public ProviderService(
            OrganisationService organisations, AdminUnitService units, ProviderStore store, Clock clock) {
        this.organisations = organisations;
        this.units = units;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Provider create(Caller caller, CreateProvider r) {
        requireKeeper(caller);
        String id = Ids.orNew(r.id());
        Provider existing = find(id);
        if (existing != null) {
            if (!existing.name().equals(r.name())) {
                throw ApiException.conflict("id-in-use", "id is already used by another organisation");
            }
            return existing;
        }
        if (organisations.exists(id)) {
            throw ApiException.conflict("id-in-use", "id is already used by an organisation that is not a provider");
        }
        Map<String, AdminUnitEntity> served =
                units.unitsOf(r.servedUnitIds().stream().map(UUID::toString).toList());
        for (UUID unitId : r.servedUnitIds()) {
            AdminUnitEntity unit = served.get(unitId.toString());
            if (unit == null) {
                throw ApiException.badField("servedUnitIds", "no such administrative unit");
            }
            if (caller.is(Role.OFFICER) && !unit.path().startsWith(caller.unitPath())) {
                throw ApiException.badField("servedUnitIds", "an officer lists providers for their own communes only");
            }
        }
        OrganisationModels.Organisation org = organisations.create(new OrganisationModels.CreateOrganisationRequest(
                UUID.fromString(id),
                r.name(),
                OrganisationType.valueOf(r.type().name()),
                r.adminUnitId(),
                r.address(),
                r.phone()));
        store.insert(org.id(), r.contactPerson(), r.contactPhone(), caller.accountId(), clock.instant());
        store.insertUnits(
                org.id(),
                r.servedUnitIds().stream().map(UUID::toString).distinct().toList());
        return find(org.id());
    }

    /** Providers serving {@code communeId} (or any unit within the caller's, when null), by name. */
    @Transactional
    public List<Provider> list(Caller caller, String communeId) {
        if (caller.is(Role.PERSON)) {
            throw ApiException.forbidden("the provider directory is for staff");
        }
        Map<String, ProviderStore.Profile> profiles = communeId != null
                ? store.servingUnit(units.require(communeId, "communeId").id())
                : store.servingAny(units.idsUnder(caller.unitPath()));
        return withOrganisations(profiles);
    }

    /**
     * The facilities of these kinds serving any unit within {@code provinceId} (the province itself
     * or a commune below it), by name: for the public pages, so organisation-level data only
     * ({@link ProviderModels.PublicFacility}), and no caller, since no account is needed to read them.
     */
    @Transactional(readOnly = true)
    public List<ProviderModels.PublicFacility> publicFacilities(String provinceId, Set<OrganisationType> types) {
        AdminUnitEntity province = units.require(provinceId, "provinceId");
        return withOrganisations(store.servingAny(units.idsUnder(province.path()))).stream()
                .filter(p -> types.contains(p.type()))
                .map(p -> new ProviderModels.PublicFacility(
                        p.id(), p.name(), p.type(), p.adminUnitId(), p.address(), p.phone()))
                .toList();
    }

    public Provider find(String id) {
        List<Provider> found = withOrganisations(store.profiles(List.of(id)));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The providers of these profiles with their organisation's name, type and address, by name then id. */
    private List<Provider> withOrganisations(Map<String, ProviderStore.Profile> profiles) {
        if (profiles.isEmpty()) {
            return List.of();
        }
        return organisations.byIds(profiles.keySet()).stream()
                .map(o -> {
                    ProviderStore.Profile p = profiles.get(o.id());
                    return new Provider(
                            o.id(),
                            o.name(),
                            o.type(),
                            o.adminUnitId(),
                            o.address(),
                            o.phone(),
                            p.contactPerson(),
                            p.contactPhone(),
                            p.servedUnitIds());
                })
                .toList();
    }

    private static void requireKeeper(Caller caller) {
        if (!caller.is(Role.OFFICER, Role.ADMIN)) {
            throw ApiException.forbidden("officers and admins keep the provider directory");
        }
    }
}
