package vn.donghanh.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

@Controller("/api/v1")
@Secured({"OFFICER", "MENTOR", "PERSON"})
public class ReminderController {
    private final ReminderService service;
    private final ReminderSettingsService settings;

    public ReminderController(ReminderService service, ReminderSettingsService settings) {
        this.service = service;
        this.settings = settings;
    }

    @Get("/cases/{caseId}/reminder-settings")
    public ReminderModels.ReminderSettings settings(Caller caller, @PathVariable String caseId) {
        return settings.get(caller, Ids.parse("caseId", caseId));
    }

    @Put("/cases/{caseId}/reminder-settings")
    public ReminderModels.ReminderSettings changeSettings(
            Caller caller, @PathVariable String caseId, @Body @Valid ReminderModels.SetReminderSettings body) {
        return settings.set(caller, Ids.parse("caseId", caseId), body);
    }

    /** Which reminders went out for the case, how they were delivered and whether the person answered. */
    @Get("/cases/{caseId}/reminders")
    public Page<ReminderModels.Reminder> forCase(
            Caller caller,
            @PathVariable String caseId,
            @QueryValue @Nullable String cursor,
            @QueryValue @Nullable Integer limit) {
        return service.forCase(caller, Ids.parse("caseId", caseId), cursor, Cursor.limit(limit));
    }

    @Post("/reminders/{id}/acknowledge")
    @Secured("PERSON")
    public ReminderModels.Reminder acknowledge(
            Caller caller, @PathVariable String id, @Body @Valid ReminderModels.Acknowledge body) {
        return service.acknowledge(caller, Ids.parse("id", id), body.response());
    }
}
