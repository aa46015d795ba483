package vn.donghanh.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1/alerts")
@Secured({"OFFICER", "MENTOR"})
public class AlertController {
    private final AlertService service;

    public AlertController(AlertService service) {
        this.service = service;
    }

    @Get
    public Page<EscalationModels.Alert> open(
            Caller caller, @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        return service.openAlerts(caller, cursor, Cursor.limit(limit));
    }

    @Post("/{id}/acknowledge")
    public EscalationModels.Alert acknowledge(Caller caller, @PathVariable String id) {
        return service.acknowledge(caller, Ids.parse("id", id));
    }
}
