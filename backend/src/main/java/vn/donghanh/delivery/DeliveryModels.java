package vn.donghanh.delivery;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The device API's request bodies. */
public final class DeliveryModels {
    private DeliveryModels() {}

    public enum Platform {
        ANDROID
    }

    @Serdeable
    public record RegisterDevice(
            @NotBlank @Size(max = 512) String token,
            @NotNull Platform platform) {}

    @Serdeable
    public record RemoveDevice(@NotBlank @Size(max = 512) String token) {}
}
