package vn.donghanh.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;

@Singleton
public class OrganisationService {
    private final OrganisationRepository organisations;
    private final AdminUnitService units;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, AdminUnitService units, Clock clock) {
        this.organisations = organisations;
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
    public List<Organisation> list(String adminUnitId) {
        String path = "/";
        if (adminUnitId != null) {
            AdminUnitEntity unit = units.require(adminUnitId, "adminUnitId");
            path = unit.path();
        }
        return organisations.findWithinUnit(path).stream()
                .map(Organisation::from)
                .toList();
    }

    public boolean exists(String id) {
        return organisations.existsById(id);
    }

    public OrganisationEntity require(String id, String field) {
        return organisations.findById(id).orElseThrow(() -> ApiException.badField(field, "no such organisation"));
    }

    /** The organisations with these ids, by id (one query): for features that show a place's name by its id. */
    public Map<String, OrganisationEntity> byIds(Collection<String> ids) {
        return ids.isEmpty()
                ? Map.of()
                : organisations.findByIdIn(ids).stream()
                        .collect(Collectors.toMap(OrganisationEntity::id, Function.identity()));
    }
}
