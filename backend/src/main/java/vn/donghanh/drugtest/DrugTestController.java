package vn.donghanh.drugtest;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

@Controller("/api/v1/cases/{caseId}/drug-tests")
@Secured("OFFICER")
public class DrugTestController {
    private final DrugTestService service;

    public DrugTestController(DrugTestService service) {
        this.service = service;
    }

    @Post
    public HttpResponse<DrugTestModels.DrugTest> record(
            Caller caller, @PathVariable String caseId, @Body @Valid DrugTestModels.RecordDrugTest body) {
        return HttpResponse.created(service.record(caller, Ids.parse("caseId", caseId), body));
    }

    @Get
    public List<DrugTestModels.DrugTest> list(Caller caller, @PathVariable String caseId) {
        return service.list(caller, Ids.parse("caseId", caseId));
    }
}
