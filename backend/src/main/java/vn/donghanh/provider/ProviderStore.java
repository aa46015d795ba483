package vn.donghanh.provider;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.UnitsUnder;
import vn.donghanh.common.SqlLists;

/**
 * The only code that names the provider tables ({@code provider_profile}, {@code provider_unit}): what the
 * directory adds to an organisation. The organisation itself (name, type, address) is organisation's.
 */
@Singleton
class ProviderStore {
    private final JdbcOperations jdbc;

    ProviderStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A provider's own part: its contact and the communes it serves. */
    record Profile(String organisationId, String contactPerson, String contactPhone, List<String> servedUnitIds) {}

    void insert(String organisationId, String contactPerson, String contactPhone, String createdBy, Instant now) {
        SqlLists.update(
                jdbc, """
                INSERT INTO provider_profile (organisation_id, contact_person, contact_phone, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)""", Arrays.asList(organisationId, contactPerson, contactPhone, createdBy, Timestamp.from(now)));
    }

    void insertUnits(String organisationId, List<String> unitIds) {
        SqlLists.batch(
                jdbc,
                "INSERT INTO provider_unit (organisation_id, admin_unit_id) VALUES (?, ?)",
                unitIds.stream().map(unitId -> List.of(organisationId, unitId)).toList());
    }

    /** The providers serving the unit {@code unitId}. */
    Map<String, Profile> servingUnit(String unitId) {
        return profilesWhere(
                "SELECT su.organisation_id FROM provider_unit su WHERE su.admin_unit_id = ?", List.of(unitId));
    }

    /** The providers serving one of {@code units}. */
    Map<String, Profile> servingAny(UnitsUnder units) {
        return profilesWhere(
                "SELECT su.organisation_id FROM provider_unit su WHERE su.admin_unit_id IN (" + units.sql() + ")",
                units.params());
    }

    /** The profiles of these organisations; an organisation that is not a provider is absent. */
    Map<String, Profile> profiles(Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return new LinkedHashMap<>();
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(organisationIds));
        return profilesWhere(SqlLists.placeholders(ids.size()), ids);
    }

    /** The profiles whose organisation is in {@code idsSql} (a subquery or a list of "?"), served units in id order. */
    private Map<String, Profile> profilesWhere(String idsSql, List<?> params) {
        Map<String, Profile> out = new LinkedHashMap<>();
        SqlLists.query(jdbc, """
                SELECT p.organisation_id, p.contact_person, p.contact_phone, pu.admin_unit_id
                FROM provider_profile p JOIN provider_unit pu ON pu.organisation_id = p.organisation_id
                WHERE p.organisation_id IN (""" + idsSql + ") ORDER BY p.organisation_id, pu.admin_unit_id", params, rs -> {
            String id = rs.getString(1);
            String person = rs.getString(2);
            String phone = rs.getString(3);
            out.computeIfAbsent(id, k -> new Profile(k, person, phone, new ArrayList<>()))
                    .servedUnitIds()
                    .add(rs.getString(4));
            return null;
        });
        return out;
    }
}
