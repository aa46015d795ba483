package vn.donghanh.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public final class OrganisationModels {
    private OrganisationModels() {}

    @Serdeable
    public record CreateOrganisationRequest(
            @Nullable UUID id,
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationType type,
            @NotNull UUID adminUnitId,
            @Nullable @Size(max = 500) String address,
            @Nullable @Size(max = 32) String phone) {}

    @Serdeable
    public record Organisation(
            String id,
            String name,
            OrganisationType type,
            String adminUnitId,
            @Nullable String address,
            @Nullable String phone) {
        static Organisation from(OrganisationEntity e) {
            return new Organisation(
                    e.id(), e.name(), OrganisationType.valueOf(e.type()), e.adminUnitId(), e.address(), e.phone());
        }
    }
}
