package vn.donghanh.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.organisation.OrganisationModels.CreateOrganisationRequest;
import vn.donghanh.organisation.OrganisationModels.Organisation;

@Singleton
public class OrganisationService {
    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final AdminUnitService units;
    private final Clock clock;

    public OrganisationService(
            OrganisationRepository organisations, OrganisationQueries queries, AdminUnitService units, Clock clock) {
        this.organisations = organisations;
        this.queries = queries;
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(CreateOrganisationRequest request) {
        String id = Ids.orNew(request.id());
        var existing = organisations.findById(id);
        if (existing.isPresent()) {
            if (!existing.get().name().equals(request.name())) {
                throw ApiException.conflict("id-in-use", "id is already used by another organisation");
            }
            return Organisation.from(existing.get());
        }
        units.require(request.adminUnitId().toString(), "adminUnitId");
        return Organisation.from(organisations.save(new OrganisationEntity(
                id,
                request.name(),
                request.type().name(),
                request.adminUnitId().toString(),
                request.address(),
                request.phone(),
                clock.instant())));
    }

    /** Organisations in a unit and below it (or everywhere, for a null unit). */
    @Transactional(readOnly = true)
    public List<Organisation> list(String adminUnitId) {
        String path = "/";
        if (adminUnitId != null) {
            AdminUnitEntity unit = units.require(adminUnitId, "adminUnitId");
            path = unit.path();
        }
        return queries.within(units.idsUnder(path)).stream()
                .map(Organisation::from)
                .toList();
    }

    /** The organisations with these ids in one query, by name then id; ids without one are left out. */
    public List<Organisation> byIds(Collection<String> ids) {
        return queries.byIds(ids).stream().map(Organisation::from).toList();
    }

    /** Id → name of the organisations with these ids, in one query: for other features' lists. */
    public Map<String, String> namesOf(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        queries.byIds(ids).forEach(o -> out.put(o.id(), o.name()));
        return out;
    }

    /** The organisations with these ids by id, in one query: for features that show a place by its id. */
    public Map<String, OrganisationEntity> entitiesByIds(Collection<String> ids) {
        Map<String, OrganisationEntity> out = new HashMap<>();
        queries.byIds(ids).forEach(o -> out.put(o.id(), o));
        return out;
    }

    public boolean exists(String id) {
        return organisations.existsById(id);
    }

    public OrganisationEntity require(String id, String field) {
        return organisations.findById(id).orElseThrow(() -> ApiException.badField(field, "no such organisation"));
    }
}
