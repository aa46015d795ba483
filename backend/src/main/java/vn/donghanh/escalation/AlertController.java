package vn.donghanh.escalation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

@Controller("/api/v1/alerts")
@Secured({"OFFICER", "MENTOR"})
public class AlertController {
    private final AlertService service;

    public AlertController(AlertService service) {
        this.service = service;
    }

    @Get
    public List<AlertService.Alert> open(Caller caller) {
        return service.openAlerts(caller);
    }

    @Post("/{id}/acknowledge")
    public AlertService.Alert acknowledge(Caller caller, @PathVariable String id) {
        return service.acknowledge(caller, Ids.parse("id", id));
    }
}
