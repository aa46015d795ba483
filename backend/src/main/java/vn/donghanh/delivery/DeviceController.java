package vn.donghanh.delivery;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.donghanh.security.Caller;

/** The phone registers (and refreshes) its FCM token after sign-in and removes it on sign-out. */
@Controller("/api/v1/me/devices")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class DeviceController {
    private final DeviceRegistry devices;

    public DeviceController(DeviceRegistry devices) {
        this.devices = devices;
    }

    @Post
    public HttpResponse<Void> register(Caller caller, @Body @Valid DeliveryModels.RegisterDevice body) {
        devices.register(caller, body.token(), body.platform());
        return HttpResponse.noContent();
    }

    @Post("/remove")
    public HttpResponse<Void> remove(Caller caller, @Body @Valid DeliveryModels.RemoveDevice body) {
        devices.remove(caller, body.token());
        return HttpResponse.noContent();
    }
}
