package vn.donghanh.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
public class AuthController {
    private final SignInService service;
    private final HttpClientAddressResolver addresses;

    public AuthController(SignInService service, HttpClientAddressResolver addresses) {
        this.service = service;
        this.addresses = addresses;
    }

    @Post("/login")
    public AuthModels.TokenResponse login(HttpRequest<?> request, @Body @Valid AuthModels.StaffLogin body) {
        return service.staffLogin(body, addresses.resolve(request));
    }

    @Post("/person-login")
    public AuthModels.TokenResponse personLogin(HttpRequest<?> request, @Body @Valid AuthModels.PersonLogin body) {
        return service.personLogin(body, addresses.resolve(request));
    }

    @Post("/activate")
    public AuthModels.TokenResponse activate(HttpRequest<?> request, @Body @Valid AuthModels.Activate body) {
        return service.activate(body, addresses.resolve(request));
    }

    @Post("/refresh")
    public AuthModels.TokenResponse refresh(HttpRequest<?> request, @Body @Valid AuthModels.Refresh body) {
        return service.refresh(body, addresses.resolve(request));
    }

    @Post("/logout")
    public HttpResponse<Void> logout(@Body @Valid AuthModels.Refresh body) {
        service.logout(body);
        return HttpResponse.noContent();
    }
}
