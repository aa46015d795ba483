package vn.donghanh.privacy;

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
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

/** Correction requests: the person asks and reads the answers; the commune officer lists and answers. */
@Controller("/api/v1")
public class CorrectionController {
    private final CorrectionService service;

    public CorrectionController(CorrectionService service) {
        this.service = service;
    }

    @Get("/me/correction-requests")
    @Secured("PERSON")
    public List<CorrectionModels.Correction> mine(Caller caller) {
        return service.mine(caller);
    }

    @Post("/me/correction-requests")
    @Secured("PERSON")
    public HttpResponse<CorrectionModels.Correction> ask(
            Caller caller, @Body @Valid CorrectionModels.AskCorrection body) {
        return HttpResponse.created(service.ask(caller, body));
    }

    @Get("/correction-requests")
    @Secured("OFFICER")
    public List<CorrectionModels.Correction> inScope(Caller caller, @QueryValue @Nullable CorrectionStatus status) {
        return service.inScope(caller, status);
    }

    @Get("/cases/{caseId}/correction-requests")
    @Secured("OFFICER")
    public List<CorrectionModels.Correction> ofCase(Caller caller, @PathVariable String caseId) {
        return service.ofCase(caller, Ids.parse("caseId", caseId));
    }

    @Post("/correction-requests/{id}/decision")
    @Secured("OFFICER")
    public CorrectionModels.Correction decide(
            Caller caller, @PathVariable String id, @Body @Valid CorrectionModels.Decide body) {
        return service.decide(caller, Ids.parse("id", id), body);
    }
}
