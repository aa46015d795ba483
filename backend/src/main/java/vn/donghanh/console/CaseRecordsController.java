package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.checkin.CheckinKind;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.common.ApiException;
import vn.donghanh.contact.Concern;
import vn.donghanh.contact.ContactLogService;
import vn.donghanh.contact.ContactModels;
import vn.donghanh.contact.ContactType;
import vn.donghanh.drugtest.DrugTestModels;
import vn.donghanh.drugtest.DrugTestResult;
import vn.donghanh.drugtest.DrugTestService;

/**
 * The case page's record forms: a drug test ({@code DrugTestService.record}), office presence and a
 * residence check ({@code CheckinService.record}, kinds {@code OFFICE_PRESENCE} and
 * {@code RESIDENCE_VERIFICATION}), a contact ({@code ContactLogService.record}) — the services and
 * request bodies of the API's own endpoints, with the caller's scope and audit. A saved record goes
 * back to the case page (303); a refused one re-shows its form with each problem next to its field.
 *
 * <p>A residence visit that did not find the person is not a residence verification (the plan it
 * satisfies must stay unmet, and the API's check-in has no "not found"): it goes into the contact log
 * as an officer's home visit that needs following up, where the officer and the mentor see it.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseRecordsController {
    private final RecordCases cases;
    private final DrugTestService drugTests;
    private final CheckinService checkins;
    private final ContactLogService contacts;
    private final DrugTestSection drugTestSection;
    private final Validator validator;

    public CaseRecordsController(
            RecordCases cases,
            DrugTestService drugTests,
            CheckinService checkins,
            ContactLogService contacts,
            DrugTestSection drugTestSection,
            Validator validator) {
        this.cases = cases;
        this.drugTests = drugTests;
        this.checkins = checkins;
        this.contacts = contacts;
        this.drugTestSection = drugTestSection;
        this.validator = validator;
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/drug-tests",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> recordDrugTest(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            CaseEntity c = cases.inScope(session.caller(), id);
            ConsoleForm f = ConsoleForm.of(request, form);
            RecordForms.required(f, "testedOn", "result", "testedBy");
            var body = new DrugTestModels.RecordDrugTest(
                    f.uuid("id"),
                    RecordForms.day(f, "testedOn"),
                    f.choice("result", DrugTestResult.class),
                    f.text("testedBy"));
            f.check(validator, body);
            f.run(() -> drugTests.record(session.caller(), c.id(), body));
            if (f.hasErrors()) {
                Map<String, Object> model = refusedForm(request, session, c, DrugTestSection.NAME);
                model.put(DrugTestSection.FORM, f.model());
                drugTestSection.options(model, ZoneId.of(c.timeZone()));
                return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/chk-record", model);
            }
            return saved(c, DrugTestSection.NAME);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/office-presence",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> recordOfficePresence(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            CaseEntity c = cases.inScope(session.caller(), id);
            ConsoleForm f = ConsoleForm.of(request, form);
            RecordForms.required(f, "occurredAt");
            var body = new CheckinModels.CreateCheckin(
                    f.uuid("id"),
                    CheckinKind.OFFICE_PRESENCE,
                    RecordForms.moment(f, "occurredAt", ZoneId.of(c.timeZone())),
                    null,
                    null,
                    f.text("note"),
                    null);
            f.check(validator, body);
            f.run(() -> checkins.record(session.caller(), c.id(), body));
            if (f.hasErrors()) {
                Map<String, Object> model = refusedForm(request, session, c, ChecksSection.NAME);
                model.put("chkCheckForm", "presence");
                model.put(ChecksSection.PRESENCE_FORM, f.model());
                return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/chk-record", model);
            }
            return saved(c, ChecksSection.NAME);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/residence-checks",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> recordResidenceCheck(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            CaseEntity c = cases.inScope(session.caller(), id);
            ConsoleForm f = ConsoleForm.of(request, form);
            RecordForms.required(f, "occurredAt");
            var at = RecordForms.moment(f, "occurredAt", ZoneId.of(c.timeZone()));
            String note = f.text("note");
            boolean notFound = "no".equals(f.text("found"));
            if (notFound) {
                // Not found at home: a home visit to follow up, not a verification (see the class comment).
                String words = ConsoleMessages.forRequest(request).get("chk.residence.notFoundSummary");
                var body = new ContactModels.CreateContact(
                        f.uuid("id"),
                        ContactType.HOME_VISIT,
                        at,
                        note == null ? words : words + " " + note,
                        List.of(),
                        true);
                f.check(validator, body);
                if (f.errors().containsKey("summary")) {
                    f.reject("note", f.errors().get("summary"));
                }
                f.run(() -> contacts.record(session.caller(), c.id(), body));
            } else {
                var body = new CheckinModels.CreateCheckin(
                        f.uuid("id"), CheckinKind.RESIDENCE_VERIFICATION, at, null, null, note, null);
                f.check(validator, body);
                f.run(() -> checkins.record(session.caller(), c.id(), body));
            }
            if (f.hasErrors()) {
                Map<String, Object> model = refusedForm(request, session, c, ChecksSection.NAME);
                model.put("chkCheckForm", "residence");
                model.put(ChecksSection.RESIDENCE_FORM, f.model());
                return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/chk-record", model);
            }
            // A visit that did not find the person is in the contact log: show it there.
            return saved(c, notFound ? ContactsSection.NAME : ChecksSection.NAME);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/contacts",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> recordContact(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            CaseEntity c = cases.inScope(session.caller(), id);
            ConsoleForm f = ConsoleForm.of(request, form);
            RecordForms.required(f, "type", "occurredAt", "summary");
            List<Concern> concerns = new ArrayList<>();
            for (Concern k : Concern.values()) {
                if (f.checked("concern_" + k.name())) {
                    concerns.add(k);
                }
            }
            var body = new ContactModels.CreateContact(
                    f.uuid("id"),
                    f.choice("type", ContactType.class),
                    RecordForms.moment(f, "occurredAt", ZoneId.of(c.timeZone())),
                    f.text("summary"),
                    concerns,
                    f.checked("followUpNeeded"));
            f.check(validator, body);
            f.run(() -> contacts.record(session.caller(), c.id(), body));
            if (f.hasErrors()) {
                Map<String, Object> model = refusedForm(request, session, c, ContactsSection.NAME);
                model.put(ContactsSection.FORM, f.model());
                ContactsSection.options(model);
                return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/chk-record", model);
            }
            return saved(c, ContactsSection.NAME);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /** The frame of a form re-shown with its problems: the case's name and the way back to its page. */
    static Map<String, Object> refusedForm(
            HttpRequest<?> request, ConsoleSession session, CaseEntity c, String section) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "cases");
        model.put("c", ConsolePage.row("id", c.id(), "fullName", c.fullName()));
        model.put("chkPart", section);
        return model;
    }

    static HttpResponse<?> saved(CaseEntity c, String section) {
        return HttpResponse.seeOther(URI.create(RecordForms.sectionOf(c.id(), section)));
    }
}
