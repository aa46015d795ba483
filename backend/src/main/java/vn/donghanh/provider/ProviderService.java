package vn.donghanh.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.organisation.CreateOrganisationRequest;
import vn.donghanh.organisation.Organisation;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.organisation.OrganisationType;
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
    private final JdbcOperations jdbc;
    private final Clock clock;

    public ProviderService(
            OrganisationService organisations, AdminUnitService units, JdbcOperations jdbc, Clock clock) {
        this.organisations = organisations;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum ProviderType {
        EMPLOYER,
        VOCATIONAL_SCHOOL,
        EMPLOYMENT_SERVICE_CENTRE,
        SOCIAL_POLICY_BANK,
        COUNSELLING_POINT
    }

    @Serdeable
    public record CreateProvider(
            @Nullable UUID id,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProviderType type,
            @NotNull UUID adminUnitId,
            @Nullable @Size(max = 500) String address,
            @Nullable @Size(max = 32) String phone,
            @Nullable @Size(max = 200) String contactPerson,
            @Nullable @Size(max = 32) String contactPhone,
            @NotEmpty @Size(max = 500) List<@NotNull UUID> servedUnitIds) {}

    @Serdeable
    public record Provider(
            String id,
            String name,
            OrganisationType type,
            String adminUnitId,
            @Nullable String address,
            @Nullable String phone,
            @Nullable String contactPerson,
            @Nullable String contactPhone,
            List<String> servedUnitIds) {}

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
        for (UUID unitId : r.servedUnitIds()) {
            AdminUnitEntity unit = units.require(unitId.toString(), "servedUnitIds");
            if (caller.is(Role.OFFICER) && !unit.path().startsWith(caller.unitPath())) {
                throw ApiException.badField("servedUnitIds", "an officer lists providers for their own communes only");
            }
        }
        Organisation org = organisations.create(new CreateOrganisationRequest(
                UUID.fromString(id),
                r.name(),
                OrganisationType.valueOf(r.type().name()),
                r.adminUnitId(),
                r.address(),
                r.phone()));
        jdbc.prepareStatement("""
                INSERT INTO provider_profile (organisation_id, contact_person, contact_phone, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, org.id());
            ps.setString(2, r.contactPerson());
            ps.setString(3, r.contactPhone());
            ps.setString(4, caller.accountId());
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO provider_unit (organisation_id, admin_unit_id) VALUES (?, ?)", ps -> {
            for (String unitId :
                    r.servedUnitIds().stream().map(UUID::toString).distinct().toList()) {
                ps.setString(1, org.id());
                ps.setString(2, unitId);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        return find(org.id());
    }

    /** Providers serving {@code communeId} (or any unit within the caller's, when null). */
    @Transactional
    public List<Provider> list(Caller caller, String communeId) {
        if (caller.is(Role.PERSON)) {
            throw ApiException.forbidden("the provider directory is for staff");
        }
        String where = communeId != null ? "pu.admin_unit_id = ?" : "su.path LIKE ?";
        String param = communeId != null ? units.require(communeId, "communeId").id() : caller.unitPath() + "%";
        return query("""
                SELECT DISTINCT o.id FROM organisation o JOIN provider_unit pu ON pu.organisation_id = o.id
                JOIN admin_unit su ON su.id = pu.admin_unit_id WHERE\s""" + where, param);
    }

    public Provider find(String id) {
        List<Provider> found = query("SELECT o.id FROM organisation o WHERE o.id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Provider> query(String idSql, String param) {
        return jdbc.prepareStatement("""
                SELECT o.id, o.name, o.type, o.admin_unit_id, o.address, o.phone, p.contact_person, p.contact_phone, pu.admin_unit_id
                FROM organisation o JOIN provider_profile p ON p.organisation_id = o.id
                JOIN provider_unit pu ON pu.organisation_id = o.id
                WHERE o.id IN (""" + idSql + ") ORDER BY o.name, o.id, pu.admin_unit_id", ps -> {
            ps.setString(1, param);
            Map<String, Provider> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Provider p = out.computeIfAbsent(rs.getString(1), k -> {
                        try {
                            return new Provider(
                                    k,
                                    rs.getString(2),
                                    OrganisationType.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    p.servedUnitIds().add(rs.getString(9));
                }
            }
            return new ArrayList<>(out.values());
        });
    }

    private static void requireKeeper(Caller caller) {
        if (!caller.is(Role.OFFICER, Role.ADMIN)) {
            throw ApiException.forbidden("officers and admins keep the provider directory");
        }
    }
}
