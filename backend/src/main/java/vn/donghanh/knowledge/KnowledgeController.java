package vn.donghanh.knowledge;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.knowledge.KnowledgeModels.KnowledgePage;
import vn.donghanh.security.Caller;

/** The editors' side of the knowledge pages: admins only (other roles 403, no token 401). */
@Controller("/api/v1/knowledge-pages")
@Secured("ADMIN")
public class KnowledgeController {
    private final KnowledgeService service;

    public KnowledgeController(KnowledgeService service) {
        this.service = service;
    }

    @Get
    public List<KnowledgePage> list(Caller caller) {
        return service.list(caller);
    }

    @Post
    public HttpResponse<KnowledgePage> create(Caller caller, @Body @Valid KnowledgeModels.CreateKnowledgePage body) {
        return HttpResponse.created(service.create(caller, body));
    }

    @Get("/{id}")
    public KnowledgePage get(Caller caller, @PathVariable String id) {
        return service.get(caller, Ids.parse("id", id));
    }

    @Put("/{id}")
    public KnowledgePage update(
            Caller caller, @PathVariable String id, @Body @Valid KnowledgeModels.UpdateKnowledgePage body) {
        return service.update(caller, Ids.parse("id", id), body);
    }

    @Post("/{id}/publication")
    public KnowledgePage publish(Caller caller, @PathVariable String id) {
        return service.publish(caller, Ids.parse("id", id));
    }

    @Post("/{id}/withdrawal")
    public KnowledgePage unpublish(Caller caller, @PathVariable String id) {
        return service.unpublish(caller, Ids.parse("id", id));
    }
}
