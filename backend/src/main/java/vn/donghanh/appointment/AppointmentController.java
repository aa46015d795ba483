package vn.donghanh.appointment;

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
import java.time.OffsetDateTime;
import java.util.List;
import vn.donghanh.common.Ids;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured({"OFFICER", "MENTOR", "PERSON"})
public class AppointmentController {
    private final AppointmentService service;

    public AppointmentController(AppointmentService service) {
        this.service = service;
    }

    @Post("/cases/{caseId}/appointments")
    @Secured({"OFFICER", "MENTOR"})
    public HttpResponse<AppointmentModels.Series> create(
            Caller caller, @PathVariable String caseId, @Body @Valid AppointmentModels.CreateAppointment body) {
        return HttpResponse.created(service.create(caller, Ids.parse("caseId", caseId), body));
    }

    /** Occurrences in [from, to); default: the next 14 days. */
    @Get("/cases/{caseId}/appointments")
    public List<AppointmentModels.Occurrence> list(
            Caller caller,
            @PathVariable String caseId,
            @QueryValue @Nullable OffsetDateTime from,
            @QueryValue @Nullable OffsetDateTime to) {
        return service.forCase(
                caller,
                Ids.parse("caseId", caseId),
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
    }

    @Post("/appointments/{id}/cancel")
    @Secured({"OFFICER", "MENTOR"})
    public AppointmentModels.Series cancelSeries(Caller caller, @PathVariable String id) {
        return service.cancelSeries(caller, Ids.parse("id", id));
    }

    @Post("/appointment-occurrences/{id}/move")
    @Secured({"OFFICER", "MENTOR"})
    public AppointmentModels.Occurrence move(
            Caller caller, @PathVariable String id, @Body @Valid AppointmentModels.Move body) {
        return service.move(caller, Ids.parse("id", id), body.startsAt());
    }

    @Post("/appointment-occurrences/{id}/cancel")
    @Secured({"OFFICER", "MENTOR"})
    public AppointmentModels.Occurrence cancel(Caller caller, @PathVariable String id) {
        return service.cancelOccurrence(caller, Ids.parse("id", id));
    }

    @Post("/appointment-occurrences/{id}/attendance")
    @Secured({"OFFICER", "MENTOR"})
    public AppointmentModels.Occurrence attendance(
            Caller caller, @PathVariable String id, @Body @Valid AppointmentModels.RecordAttendance body) {
        return service.attendance(caller, Ids.parse("id", id), body.attendance());
    }
}
