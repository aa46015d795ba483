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
    private final AuthService service;
    private final HttpClientAddressResolver addresses;

    public AuthController(AuthService service, HttpClientAddressResolver addresses) {
        this.service = service;
        this.addresses = addresses;
    }

    @Post("/login")
    public TokenResponse login(HttpRequest<?> request, @Body @Valid AuthRequests.StaffLogin body) {
        return unwrap(service.staffLogin(body, addresses.resolve(request)));
    }

    @Post("/person-login")
    public TokenResponse personLogin(HttpRequest<?> request, @Body @Valid AuthRequests.PersonLogin body) {
        return unwrap(service.personLogin(body, addresses.resolve(request)));
    }

    @Post("/activate")
    public TokenResponse activate(HttpRequest<?> request, @Body @Valid AuthRequests.Activate body) {
        return unwrap(service.activate(body, addresses.resolve(request)));
    }

    @Post("/refresh")
    public TokenResponse refresh(@Body @Valid AuthRequests.Refresh body) {
        return unwrap(service.refresh(body.refreshToken()));
    }

    @Post("/logout")
    public HttpResponse<Void> logout(@Body @Valid AuthRequests.Refresh body) {
        service.logout(body.refreshToken());
        return HttpResponse.noContent();
    }

    private static TokenResponse unwrap(AuthService.LoginResult result) {
        if (result instanceof AuthService.Failure failure) {
            throw failure.refusal();
        }
        return ((AuthService.Success) result).tokens();
    }
}
