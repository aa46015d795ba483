package vn.donghanh.adminunit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("admin_unit")
public record AdminUnitEntity(
        @Id String id,
        String code,
        String name,
        String level,
        @Nullable String parentId,
        @Nullable String legacyCode,
        String path,
        Instant createdAt) {}
