package vn.donghanh.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
