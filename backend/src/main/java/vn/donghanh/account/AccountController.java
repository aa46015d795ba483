package vn.donghanh.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AccountController {
    private final AccountService service;

    public AccountController(AccountService service) {
        this.service = service;
    }

    @Post("/accounts")
    @Secured("ADMIN")
    public HttpResponse<AccountModels.Account> create(
            Caller caller, @Body @Valid AccountModels.CreateAccountRequest request) {
        return HttpResponse.created(service.createStaff(caller, request));
    }

    @Get("/accounts")
    @Secured("ADMIN")
    public List<AccountModels.Account> list(@QueryValue @Nullable String adminUnitId, @QueryValue @Nullable Role role) {
        return service.list(adminUnitId == null ? null : Ids.parse("adminUnitId", adminUnitId), role);
    }

    @Post("/accounts/{id}/deactivate")
    @Secured("ADMIN")
    public AccountModels.Account deactivate(Caller caller, String id) {
        return service.setActive(caller, Ids.parse("id", id), false);
    }

    @Post("/accounts/{id}/reactivate")
    @Secured("ADMIN")
    public AccountModels.Account reactivate(Caller caller, String id) {
        return service.setActive(caller, Ids.parse("id", id), true);
    }

    @Get("/mentors")
    @Secured("OFFICER")
    public List<AccountModels.Account> mentors(Caller caller) {
        return service.mentorsFor(caller);
    }

    @Get("/me")
    public AccountModels.Account me(Caller caller) {
        return service.me(caller);
    }
}
