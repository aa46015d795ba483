package vn.donghanh.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

@Serdeable
public record CreateOrganisationRequest(
        @Nullable UUID id,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @NotNull UUID adminUnitId,
        @Nullable @Size(max = 500) String address,
        @Nullable @Size(max = 32) String phone) {}
