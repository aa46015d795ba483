package vn.donghanh.adminunit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AdminUnit(
        String id,
        String code,
        String name,
        AdminUnitLevel level,
        @Nullable String parentId,
        @Nullable String legacyCode) {
    static AdminUnit from(AdminUnitEntity e) {
        return new AdminUnit(
                e.id(), e.code(), e.name(), AdminUnitLevel.valueOf(e.level()), e.parentId(), e.legacyCode());
    }
}
