package vn.donghanh.delivery;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.donghanh.security.Caller;

/** The phone registers (and refreshes) its FCM token after sign-in and removes it on sign-out. */
@Controller("/api/v1/me/devices")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DeviceController {
    private final DeviceRegistry devices;

    public DeviceController(DeviceRegistry devices) {
        this.devices = devices;
    }

    public enum Platform {
        ANDROID
    }

    @Serdeable
    public record RegisterDevice(
            @NotBlank @Size(max = 512) String token,
            @NotNull Platform platform) {}

    @Serdeable
    public record RemoveDevice(@NotBlank @Size(max = 512) String token) {}

    @Post
    public HttpResponse<Void> register(Caller caller, @Body @Valid RegisterDevice body) {
        devices.register(caller, body.token(), body.platform());
        return HttpResponse.noContent();
    }

    @Post("/remove")
    public HttpResponse<Void> remove(Caller caller, @Body @Valid RemoveDevice body) {
        devices.remove(caller, body.token());
        return HttpResponse.noContent();
    }
}
