package vn.donghanh.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;
import vn.donghanh.training.TrainingModels.*;

@Controller("/api/v1/training")
@Secured({"ADMIN", "SUPERVISOR", "OFFICER", "MENTOR", "PERSON"})
public class TrainingController {
    private final TrainingService service;

    public TrainingController(TrainingService service) {
        this.service = service;
    }

    @Post("/courses")
    public HttpResponse<AuthorCourse> create(Caller caller, @Body @Valid CourseBody body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Put("/courses/{id}")
    public AuthorCourse update(Caller caller, @PathVariable String id, @Body @Valid CourseBody body) {
        return service.update(caller, Ids.parse("id", id), body);
    }

    @Get("/courses")
    public List<CourseSummary> list(Caller caller) {
        return service.list(caller);
    }

    @Get("/courses/{id}/package")
    public CoursePackage download(Caller caller, @PathVariable String id) {
        return service.download(caller, Ids.parse("id", id));
    }

    @Post("/courses/{id}/attempts")
    public HttpResponse<Attempt> submit(Caller caller, @PathVariable String id, @Body @Valid SubmitAttempt body) {
        return HttpResponse.created(service.submit(caller, Ids.parse("id", id), body));
    }

    @Get("/completions")
    public Completions completions(Caller caller, @QueryValue @Nullable String unitId) {
        return service.completions(caller, unitId == null ? null : Ids.parse("unitId", unitId));
    }
}
