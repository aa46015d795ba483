package vn.donghanh.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1/inbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class InboxController {
    private final InboxService service;

    public InboxController(InboxService service) {
        this.service = service;
    }

    @Get
    public Page<NotificationModels.Notification> list(
            Caller caller,
            @QueryValue @Nullable Boolean unread,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return service.list(caller, Boolean.TRUE.equals(unread), cursor, Cursor.limit(limit));
    }

    @Post("/{id}/read")
    public HttpResponse<Void> markRead(Caller caller, @PathVariable String id) {
        service.markRead(caller, Ids.parse("id", id));
        return HttpResponse.noContent();
    }
}
