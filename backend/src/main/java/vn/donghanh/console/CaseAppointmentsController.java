package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.donghanh.appointment.AppointmentModels;
import vn.donghanh.appointment.AppointmentService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;

/**
 * Adding, moving and cancelling a case's appointments from its page, through {@code
 * AppointmentService.create}, {@code .move}, {@code .cancelOccurrence} and {@code .cancelSeries},
 * as the API's {@code /cases/{id}/appointments}, {@code /appointment-occurrences/{id}/move|cancel}
 * and {@code /appointments/{id}/cancel}. A repeating appointment's rule is built from the same plain
 * choices as a plan's.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseAppointmentsController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CaseService cases;
    private final AppointmentService appointments;
    private final CaseAppointmentsSection section;
    private final Validator validator;
    private final Clock clock;

    CaseAppointmentsController(
            CaseService cases,
            AppointmentService appointments,
            CaseAppointmentsSection section,
            Validator validator,
            Clock clock) {
        this.cases = cases;
        this.appointments = appointments;
        this.section = section;
        this.validator = validator;
        this.clock = clock;
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/appointments",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            ConsoleForm f = ConsoleForm.of(request, form);
            LocalDateTime startsAt = startsAt(f, request);
            String rrule = SupervisionParts.rrule(f, request);
            var body = new AppointmentModels.CreateAppointment(
                    f.uuid("id"),
                    f.choice("type", AppointmentModels.Type.class),
                    f.uuid("placeId"),
                    startsAt,
                    f.integer("durationMinutes"),
                    rrule,
                    f.text("note"));
            f.check(validator, body);
            f.run(() -> appointments.create(session.caller(), caseId, body));
            if (f.hasErrors()) {
                return SupervisionParts.partPage(request, session, section, c, Map.of("supApptForm", f.model()));
            }
            return SupervisionParts.backTo(caseId, "h-appointments");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/appointments/{occurrenceId}/cancel",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String occurrenceId,
            @Nullable @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            cases.get(session.caller(), caseId);
            String occurrence = occurrenceOf(session, caseId, Ids.parse("occurrenceId", occurrenceId))
                    .id();
            appointments.cancelOccurrence(session.caller(), occurrence);
            return SupervisionParts.backTo(caseId, "h-appointments");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/appointment-series/{seriesId}/cancel",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancelSeries(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String seriesId,
            @Nullable @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            cases.get(session.caller(), caseId);
            String series = Ids.parse("seriesId", seriesId);
            boolean ofThisCase =
                    appointments.seriesOfCase(session.caller(), caseId).stream().anyMatch(s -> s.id().equals(series));
            if (!ofThisCase) {
                throw ApiException.notFound();
            }
            appointments.cancelSeries(session.caller(), series);
            return SupervisionParts.backTo(caseId, "h-appointments");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Get(value = ConsolePaths.CASES + "/{id}/appointments/{occurrenceId}/move", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> moveForm(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String occurrenceId) {
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            var o = occurrenceOf(session, caseId, Ids.parse("occurrenceId", occurrenceId));
            var local = o.startsAt().atZoneSameInstant(ZoneId.of(c.timeZone()));
            Map<String, String> values =
                    Map.of("date", ConsoleFormat.date(local.toLocalDate()), "time", TIME.format(local));
            return movePage(request, session, c, o, ConsoleForm.blank(values), HttpStatus.OK);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/appointments/{occurrenceId}/move",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> move(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String occurrenceId,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            var o = occurrenceOf(session, caseId, Ids.parse("occurrenceId", occurrenceId));
            ConsoleForm f = ConsoleForm.of(request, form);
            LocalDateTime startsAt = startsAt(f, request);
            var body = new AppointmentModels.Move(startsAt);
            f.check(validator, body);
            f.run(() -> appointments.move(session.caller(), o.id(), body.startsAt()));
            if (f.hasErrors()) {
                return movePage(request, session, c, o, f.model(), HttpStatus.BAD_REQUEST);
            }
            return SupervisionParts.backTo(caseId, "h-appointments");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** The date and time fields as the API's {@code startsAt}; their problems go next to them. */
    private static LocalDateTime startsAt(ConsoleForm f, HttpRequest<?> request) {
        LocalDate date = f.date("date");
        if (date == null && !f.errors().containsKey("date")) {
            f.errors().put("date", SupervisionParts.words(request, "sup.error.required"));
        }
        LocalTime time = SupervisionParts.time(f, request, "time");
        return date == null || time == null ? null : date.atTime(time);
    }

    /**
     * The occurrence, looked up among this case's (scoped and audited as the list is), so another
     * case's occurrence is "not found" here whatever its id.
     */
    private AppointmentModels.Occurrence occurrenceOf(ConsoleSession session, String caseId, String occurrenceId) {
        Instant now = clock.instant();
        return appointments
                .forCase(
                        session.caller(),
                        caseId,
                        now.minus(CaseAppointmentsSection.PAST),
                        now.plus(appointments.horizon()))
                .stream()
                .filter(o -> o.id().equals(occurrenceId))
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }

    private HttpResponse<?> movePage(
            HttpRequest<?> request,
            ConsoleSession session,
            CaseModels.CaseDetail c,
            AppointmentModels.Occurrence o,
            Map<String, Object> form,
            HttpStatus status) {
        var local = o.startsAt().atZoneSameInstant(ZoneId.of(c.timeZone()));
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "cases");
        model.put("c", ConsolePage.row("id", c.id(), "fullName", c.fullName()));
        model.put(
                "appt",
                ConsolePage.row(
                        "id", o.id(),
                        "type", o.type().name(),
                        "date", ConsoleFormat.date(local.toLocalDate()),
                        "time", TIME.format(local),
                        "place", o.placeName()));
        model.put("form", form);
        return ConsolePage.render(status, "console/case-appointment-move", model);
    }
}
