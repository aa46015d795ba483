package vn.donghanh.organisation;

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
import vn.donghanh.organisation.OrganisationModels.CreateOrganisationRequest;
import vn.donghanh.organisation.OrganisationModels.Organisation;

/** Organisations are reference data (clinics, unions, employers); admins create them. */
@Controller("/api/v1/organisations")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OrganisationController {
    private final OrganisationService service;

    public OrganisationController(OrganisationService service) {
        this.service = service;
    }

    @Post
    @Secured("ADMIN")
    public HttpResponse<Organisation> create(@Body @Valid CreateOrganisationRequest request) {
        return HttpResponse.created(service.create(request));
    }

    @Get
    public List<Organisation> list(@QueryValue @Nullable String adminUnitId) {
        return service.list(adminUnitId == null ? null : Ids.parse("adminUnitId", adminUnitId));
    }
}
