package vn.donghanh.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.donghanh.organisation.OrganisationType;

public final class ProviderModels {
    private ProviderModels() {}

    public enum ProviderType {
        EMPLOYER,
        VOCATIONAL_SCHOOL,
        EMPLOYMENT_SERVICE_CENTRE,
        SOCIAL_POLICY_BANK,
        COUNSELLING_POINT,
        /** A methadone (opioid substitution) clinic or dispensing point: listed publicly where to find help (issue 17). */
        METHADONE_CLINIC
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

    /**
     * A facility as the public may see it (issue 17, the knowledge pages' "where to find help"): the
     * organisation's own name, kind, address and phone, never the contact person or their phone.
     */
    @Serdeable
    public record PublicFacility(
            String id,
            String name,
            OrganisationType type,
            String adminUnitId,
            @Nullable String address,
            @Nullable String phone) {}
}
