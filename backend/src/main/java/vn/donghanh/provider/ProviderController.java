package vn.donghanh.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

@Controller("/api/v1/providers")
@Secured({"ADMIN", "SUPERVISOR", "OFFICER", "MENTOR"})
public class ProviderController {
    private final ProviderService service;

    public ProviderController(ProviderService service) {
        this.service = service;
    }

    @Post
    @Secured({"ADMIN", "OFFICER"})
    public HttpResponse<ProviderModels.Provider> create(
            Caller caller, @Body @Valid ProviderModels.CreateProvider body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Get
    public List<ProviderModels.Provider> list(Caller caller, @QueryValue @Nullable String communeId) {
        return service.list(caller, communeId == null ? null : Ids.parse("communeId", communeId));
    }
}
