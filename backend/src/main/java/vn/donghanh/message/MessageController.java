package vn.donghanh.message;

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
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured({"PERSON", "MENTOR", "OFFICER"})
public class MessageController {
    private final MessageService service;

    public MessageController(MessageService service) {
        this.service = service;
    }

    @Post("/cases/{caseId}/messages")
    public HttpResponse<MessageModels.Message> send(
            Caller caller, @PathVariable String caseId, @Body @Valid MessageModels.SendMessage body) {
        return HttpResponse.created(service.send(caller, Ids.parse("caseId", caseId), body));
    }

    @Get("/cases/{caseId}/messages")
    public Page<MessageModels.Message> conversation(
            Caller caller,
            @PathVariable String caseId,
            @QueryValue("with") String with,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return service.conversation(
                caller, Ids.parse("caseId", caseId), Ids.parse("with", with), cursor, Cursor.limit(limit));
    }

    @Post("/messages/{id}/read")
    public MessageModels.Message read(Caller caller, @PathVariable String id) {
        return service.markRead(caller, Ids.parse("id", id));
    }
}
