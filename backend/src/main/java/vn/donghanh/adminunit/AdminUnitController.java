package vn.donghanh.adminunit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitModels.CreateAdminUnitRequest;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.NextPageLink;

/** Administrative units are public reference data: any signed-in account may read them; only admins create. */
@Controller("/api/v1/admin-units")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AdminUnitController {
    private final AdminUnitService service;

    public AdminUnitController(AdminUnitService service) {
        this.service = service;
    }

    @Post
    @Secured("ADMIN")
    public HttpResponse<AdminUnit> create(@Body @Valid CreateAdminUnitRequest request) {
        return HttpResponse.created(service.create(request));
    }

    @Get
    public List<AdminUnit> list(@QueryValue @Nullable String parentId) {
        return service.list(parentId == null ? null : Ids.parse("parentId", parentId));
    }

    /** Communes anywhere by name, with or without diacritics: where a person may be moving to. Next page: {@code Link}. */
    @Get("/communes")
    public HttpResponse<List<AdminUnitService.CommuneName>> communes(
            HttpRequest<?> request,
            @QueryValue String q,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        if (q.isBlank()) {
            throw vn.donghanh.common.ApiException.badField("q", "must not be blank");
        }
        if (q.length() > 200) {
            throw vn.donghanh.common.ApiException.badField("q", "must be at most 200 characters");
        }
        return NextPageLink.ok(request, service.searchCommunes(q, cursor, Cursor.limit(limit)));
    }

    @Get("/{id}")
    public AdminUnit get(@PathVariable String id) {
        return service.get(Ids.parse("id", id));
    }
}
