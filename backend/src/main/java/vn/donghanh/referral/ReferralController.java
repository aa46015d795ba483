package vn.donghanh.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured({"OFFICER", "MENTOR", "PERSON"})
public class ReferralController {
    private final ReferralService service;

    public ReferralController(ReferralService service) {
        this.service = service;
    }

    @Post("/cases/{caseId}/referrals")
    @Secured({"OFFICER", "MENTOR"})
    public HttpResponse<ReferralModels.Referral> create(
            Caller caller, @PathVariable String caseId, @Body @Valid ReferralModels.CreateReferral body) {
        return HttpResponse.created(service.create(caller, Ids.parse("caseId", caseId), body));
    }

    @Get("/cases/{caseId}/referrals")
    public List<ReferralModels.Referral> forCase(Caller caller, @PathVariable String caseId) {
        return service.forCase(caller, Ids.parse("caseId", caseId));
    }

    @Post("/referrals/{id}/steps")
    public ReferralModels.Referral step(Caller caller, @PathVariable String id, @Body @Valid ReferralModels.Step body) {
        return service.step(caller, Ids.parse("id", id), body);
    }

    @Get("/referrals/{id}/provider-sheet")
    @Secured({"OFFICER", "MENTOR"})
    public ReferralModels.ProviderSheet providerSheet(Caller caller, @PathVariable String id) {
        return service.providerSheet(caller, Ids.parse("id", id));
    }

    @Get("/retention-checks")
    @Secured({"OFFICER", "MENTOR"})
    public Page<ReferralModels.RetentionCheck> due(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        return service.dueChecks(caller, cursor, Cursor.limit(limit));
    }

    @Post("/retention-checks/{id}/answer")
    @Secured({"OFFICER", "MENTOR"})
    public ReferralModels.RetentionCheck answer(
            Caller caller, @PathVariable String id, @Body @Valid ReferralModels.AnswerCheck body) {
        return service.answer(caller, Ids.parse("id", id), body);
    }

    @Get("/cases/{caseId}/reintegration")
    public ReferralModels.Reintegration reintegration(Caller caller, @PathVariable String caseId) {
        return service.reintegration(caller, Ids.parse("caseId", caseId));
    }
}
