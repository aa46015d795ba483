package vn.donghanh.opportunity;

import io.micronaut.core.annotation.Nullable;
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
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OpportunityController {
    private final OpportunityService service;

    public OpportunityController(OpportunityService service) {
        this.service = service;
    }

    @Post("/opportunities")
    @Secured({"OFFICER", "ADMIN"})
    public HttpResponse<OpportunityModels.Opportunity> create(
            Caller caller, @Body @Valid OpportunityModels.CreateOpportunity body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Get("/opportunities")
    public List<OpportunityModels.Opportunity> search(
            Caller caller,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable OpportunityModels.Type type,
            @QueryValue @Nullable OpportunityModels.Status status,
            @QueryValue @Nullable String communeId) {
        if (q != null && q.length() > 200) {
            throw ApiException.badField("q", "must be at most 200 characters");
        }
        return service.search(caller, q, type, status, communeId == null ? null : Ids.parse("communeId", communeId));
    }

    @Post("/opportunities/{id}/status")
    @Secured({"OFFICER", "ADMIN"})
    public OpportunityModels.Opportunity setStatus(
            Caller caller, @PathVariable String id, @Body @Valid OpportunityModels.SetStatus body) {
        return service.setStatus(caller, Ids.parse("id", id), body.status());
    }

    @Post("/opportunities/{id}/interest")
    @Secured("PERSON")
    public HttpResponse<OpportunityModels.Interest> interested(Caller caller, @PathVariable String id) {
        return HttpResponse.created(service.interested(caller, Ids.parse("id", id)));
    }

    @Get("/cases/{caseId}/interests")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public List<OpportunityModels.Interest> interests(Caller caller, @PathVariable String caseId) {
        return service.interestsOf(caller, Ids.parse("caseId", caseId));
    }
}
