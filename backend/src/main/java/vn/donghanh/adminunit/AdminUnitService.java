package vn.donghanh.adminunit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitModels.CreateAdminUnitRequest;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.common.TextFold;

@Singleton
public class AdminUnitService {
    /** The national root unit, created by the first migration. */
    public static final String NATION_ID = "00000000-0000-0000-0000-000000000001";

    private final AdminUnitRepository units;
    private final Clock clock;

    public AdminUnitService(AdminUnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    public AdminUnit create(CreateAdminUnitRequest request) {
        String id = Ids.orNew(request.id());
        var existing = units.findById(id);
        if (existing.isPresent()) {
            if (!existing.get().code().equals(request.code())) {
                throw ApiException.conflict("id-in-use", "id is already used by another administrative unit");
            }
            return AdminUnit.from(existing.get());
        }
        if (units.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict(
                    "duplicate-code", "an administrative unit with code " + request.code() + " exists");
        }
        if (request.level() == AdminUnitLevel.NATION) {
            throw ApiException.badField("level", "there is one nation unit and it exists already");
        }
        String parentId = request.parentId() == null ? null : request.parentId().toString();
        if (parentId == null) {
            if (request.level() != AdminUnitLevel.PROVINCE) {
                throw ApiException.badField("parentId", "is required below province level");
            }
            parentId = NATION_ID;
        }
        AdminUnitEntity parent = units.findById(parentId)
                .orElseThrow(() -> ApiException.badField("parentId", "no such administrative unit"));
        AdminUnitLevel parentLevel = AdminUnitLevel.valueOf(parent.level());
        if (parentLevel == AdminUnitLevel.COMMUNE) {
            throw ApiException.badField("parentId", "a commune cannot have units below it");
        }
        if ((request.level() == AdminUnitLevel.PROVINCE) != (parentLevel == AdminUnitLevel.NATION)) {
            throw ApiException.badField(
                    "parentId", "provinces sit directly below the nation, other units below a province or district");
        }
        String path = parent.path() + id + "/";
        AdminUnitEntity saved = units.save(new AdminUnitEntity(
                id,
                request.code(),
                request.name(),
                request.level().name(),
                parentId,
                request.legacyCode(),
                path,
                clock.instant()));
        return AdminUnit.from(saved);
    }

    public List<AdminUnit> list(String parentId) {
        List<AdminUnitEntity> rows =
                parentId == null ? units.findByPathLikeOrderByPath("/%") : units.findByParentIdOrderByName(parentId);
        return rows.stream().map(AdminUnit::from).toList();
    }

    public AdminUnit get(String id) {
        return units.findById(id).map(AdminUnit::from).orElseThrow(() -> ApiException.notFound());
    }

    /** The unit and its materialised path, for scope checks. */
    public AdminUnitEntity require(String id, String field) {
        return units.findById(id).orElseThrow(() -> ApiException.badField(field, "no such administrative unit"));
    }

    /** The units with these ids (with their paths), in one query; ids without a unit are absent. */
    public Map<String, AdminUnitEntity> unitsOf(Collection<String> ids) {
        Map<String, AdminUnitEntity> out = new HashMap<>();
        if (!ids.isEmpty()) {
            units.findByIdIn(Set.copyOf(ids)).forEach(u -> out.put(u.id(), u));
        }
        return out;
    }

    /**
     * The ids of the unit and of every unit above it, the unit's own first and the nation last (deepest
     * first), in one query; empty when there is no such unit.
     */
    public List<String> lineage(String unitId) {
        return units.findLineage(unitId).stream()
                .sorted(Comparator.comparingInt((AdminUnitEntity u) -> u.path().length())
                        .reversed())
                .map(AdminUnitEntity::id)
                .toList();
    }

    /** The ids of the units whose path starts with {@code pathPrefix}, as a subquery for another feature's SQL. */
    public UnitsUnder idsUnder(String pathPrefix) {
        return UnitsUnder.path(pathPrefix);
    }

    /**
     * The communes at or below {@code unitPath} (a caller's scope), by name: where an officer may
     * register a person ({@code CaseService.register} refuses any other unit).
     */
    public List<AdminUnit> communesUnder(String unitPath) {
        return units.findByPathLikeOrderByPath(unitPath + "%").stream()
                .filter(u -> AdminUnitLevel.valueOf(u.level()) == AdminUnitLevel.COMMUNE)
                .sorted(Comparator.comparing(AdminUnitEntity::name))
                .map(AdminUnit::from)
                .toList();
    }

    /** A commune as a search shows it: its name and the province it lies in. */
    @io.micronaut.serde.annotation.Serdeable
    public record CommuneName(String id, String name, String provinceName) {}

    /**
     * Communes anywhere whose name (or their province's) contains every word of {@code query},
     * with or without diacritics ("tan thinh" finds "Tân Thịnh"), by name (then province and id, a total
     * order): one page of {@code limit} after {@code cursor}, its {@code nextCursor} leading to the rest.
     * About 3,300 communes nationwide: read and matched in memory.
     */
    public Page<CommuneName> searchCommunes(String query, String cursor, int limit) {
        List<String> after = cursor == null ? null : Cursor.decode(cursor, 3);
        String[] words = TextFold.fold(query == null ? "" : query).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<AdminUnitEntity> all = units.findByPathLikeOrderByPath("%");
        Map<String, AdminUnitEntity> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        List<CommuneName> out = new ArrayList<>();
        for (AdminUnitEntity u : all) {
            if (AdminUnitLevel.valueOf(u.level()) != AdminUnitLevel.COMMUNE) {
                continue;
            }
            String province = provinceOf(u, byId);
            String haystack = TextFold.fold(u.name() + " " + (province == null ? "" : province));
            if (java.util.Arrays.stream(words).allMatch(haystack::contains)) {
                CommuneName c = new CommuneName(u.id(), u.name(), province);
                if (after == null || SEARCH_ORDER.compare(searchKey(c), after) > 0) {
                    out.add(c);
                }
            }
        }
        List<CommuneName> sorted = out.stream()
                .sorted(Comparator.comparing(AdminUnitService::searchKey, SEARCH_ORDER))
                .limit(limit + 1L)
                .toList();
        return Page.ofOverfetched(sorted, limit, last -> {
            List<String> k = searchKey(last);
            return Cursor.encode(k.get(0), k.get(1), k.get(2));
        });
    }

    /** A commune's place in the search's order: folded name, folded province name, id. */
    private static List<String> searchKey(CommuneName c) {
        return List.of(
                TextFold.fold(c.name()), c.provinceName() == null ? "" : TextFold.fold(c.provinceName()), c.id());
    }

    private static final Comparator<List<String>> SEARCH_ORDER = (a, b) -> {
        for (int i = 0; i < 3; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /**
     * The name of the province each of these units lies in (a province's own name for a province), by
     * unit id; units above provinces are absent. Two queries, whatever the number of units: the
     * province is the first unit below the nation on a unit's materialised path.
     */
    public Map<String, String> provinceNamesOf(Collection<String> unitIds) {
        Map<String, AdminUnitEntity> shown = unitsOf(unitIds);
        Map<String, String> provinceOfUnit = new HashMap<>();
        shown.values().forEach(u -> {
            String[] steps = u.path().split("/");
            // "/<nation>/<province>/…/" splits into "", nation, province, …
            if (steps.length > 2) {
                provinceOfUnit.put(u.id(), steps[2]);
            }
        });
        Map<String, AdminUnitEntity> provinces = unitsOf(provinceOfUnit.values());
        Map<String, String> out = new HashMap<>();
        provinceOfUnit.forEach((unit, province) -> {
            AdminUnitEntity p = provinces.get(province);
            if (p != null && AdminUnitLevel.valueOf(p.level()) == AdminUnitLevel.PROVINCE) {
                out.put(unit, p.name());
            }
        });
        return out;
    }

    private static String provinceOf(AdminUnitEntity u, Map<String, AdminUnitEntity> byId) {
        AdminUnitEntity at = u;
        while (at != null && AdminUnitLevel.valueOf(at.level()) != AdminUnitLevel.PROVINCE) {
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return at == null ? null : at.name();
    }
}
