package vn.donghanh.opportunity;

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
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.NextPageLink;
import vn.donghanh.common.Page;
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

    /**
     * The body stays the array phones already read; the way to the next page is the standard {@code Link} header
     * ({@code rel="next"}: this request with {@code cursor} set), absent on the last page.
     */
    @Get("/opportunities")
    public HttpResponse<List<OpportunityModels.Opportunity>> search(
            Caller caller,
            HttpRequest<?> request,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable OpportunityModels.Type type,
            @QueryValue @Nullable OpportunityModels.Status status,
            @QueryValue @Nullable String communeId,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        if (q != null && q.length() > 200) {
            throw ApiException.badField("q", "must be at most 200 characters");
        }
        Page<OpportunityModels.Opportunity> page = service.search(
                caller,
                q,
                type,
                status,
                communeId == null ? null : Ids.parse("communeId", communeId),
                cursor,
                limit == null ? OpportunityService.DEFAULT_PAGE : Cursor.limit(limit, OpportunityService.MAX_PAGE));
        return NextPageLink.ok(request, page);
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
