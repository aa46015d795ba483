package vn.donghanh.adminunit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public final class AdminUnitModels {
    private AdminUnitModels() {}

    @Serdeable
    public record CreateAdminUnitRequest(
            @Nullable UUID id,

            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull AdminUnitLevel level,
            @Nullable UUID parentId,
            @Nullable @Size(max = 32) String legacyCode) {}

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
}
