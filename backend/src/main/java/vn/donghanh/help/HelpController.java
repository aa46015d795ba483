package vn.donghanh.help;

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
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class HelpController {
    private final HelpService service;

    public HelpController(HelpService service) {
        this.service = service;
    }

    @Post("/cases/{caseId}/help-requests")
    @Secured("PERSON")
    public HttpResponse<HelpModels.HelpRequest> ask(
            Caller caller, @PathVariable String caseId, @Body @Valid HelpModels.AskForHelp body) {
        return HttpResponse.created(service.ask(caller, Ids.parse("caseId", caseId), body));
    }

    @Get("/cases/{caseId}/help-requests")
    @Secured({"OFFICER", "MENTOR", "PERSON"})
    public Page<HelpModels.HelpRequest> forCase(
            Caller caller,
            @PathVariable String caseId,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return service.forCase(caller, Ids.parse("caseId", caseId), cursor, Cursor.limit(limit));
    }

    @Post("/help-requests/{id}/acknowledge")
    @Secured({"OFFICER", "MENTOR"})
    public HelpModels.HelpRequest acknowledge(Caller caller, @PathVariable String id) {
        return service.acknowledge(caller, Ids.parse("id", id));
    }

    @Post("/help-requests/{id}/resolve")
    @Secured({"OFFICER", "MENTOR"})
    public HelpModels.HelpRequest resolve(
            Caller caller, @PathVariable String id, @Body @Valid HelpModels.Resolve body) {
        return service.resolve(caller, Ids.parse("id", id), body);
    }
}
