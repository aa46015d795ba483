package vn.donghanh.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("organisation")
public record OrganisationEntity(
        @Id String id,
        String name,
        String type,
        String adminUnitId,
        @Nullable String address,
        @Nullable String phone,
        Instant createdAt) {}
