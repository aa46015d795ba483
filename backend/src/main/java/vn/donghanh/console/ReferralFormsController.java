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
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.referral.ReferralStatus;

/**
 * Making and following a case's referrals from its page: {@code ReferralService.create} and
 * {@code .step}, the services of {@code POST /api/v1/cases/{id}/referrals} and
 * {@code POST /api/v1/referrals/{id}/steps}, with the same pipeline and refusals.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReferralFormsController {
    private final RecordCases cases;
    private final ReferralService referrals;
    private final ReferralsSection section;
    private final Validator validator;
    private final Clock clock;

    public ReferralFormsController(
            RecordCases cases, ReferralService referrals, ReferralsSection section, Validator validator, Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.section = section;
        this.validator = validator;
        this.clock = clock;
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/referrals",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> refer(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            CaseEntity c = cases.inScope(session.caller(), id);
            ConsoleForm f = ConsoleForm.of(request, form);
            var opportunity = f.uuid("opportunityId");
            var body = new ReferralModels.CreateReferral(
                    f.uuid("id"),
                    opportunity,
                    // An opportunity names its provider; the provider list is for a referral without one.
                    opportunity == null ? f.uuid("providerId") : null,
                    opportunity == null ? f.choice("kind", ReferralModels.Kind.class) : null,
                    f.text("note"));
            f.check(validator, body);
            f.run(() -> referrals.create(session.caller(), c.id(), body));
            if (f.hasErrors()) {
                Map<String, Object> model =
                        CaseRecordsController.refusedForm(request, session, c, ReferralsSection.NAME);
                model.put(ReferralsSection.FORM, f.model());
                model.put("chkReferralStep", false);
                section.options(session.caller(), c.adminUnitId(), ZoneId.of(c.timeZone()), model);
                return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/chk-record", model);
            }
            return CaseRecordsController.saved(c, ReferralsSection.NAME);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/referrals/{referralId}/steps",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> step(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String referralId,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            CaseEntity c = cases.inScope(session.caller(), id);
            String rid = Ids.parse("referralId", referralId);
            // The referral must be this case's: the page it goes back to, and the form it re-shows.
            var referral = referrals.forCase(session.caller(), c.id()).stream()
                    .filter(r -> r.id().equals(rid))
                    .findFirst()
                    .orElseThrow(ApiException::notFound);
            ConsoleForm f = ConsoleForm.of(request, form);
            RecordForms.required(f, "status", "date");
            var body = new ReferralModels.Step(
                    f.choice("status", ReferralStatus.class), RecordForms.day(f, "date"), f.text("note"), null);
            f.check(validator, body);
            f.run(() -> referrals.step(session.caller(), rid, body));
            if (f.hasErrors()) {
                Map<String, Object> model =
                        CaseRecordsController.refusedForm(request, session, c, ReferralsSection.NAME);
                Map<String, Object> shown = f.model();
                model.put(ReferralsSection.STEP_FORM, shown);
                model.put("chkReferralStep", true);
                model.put("r", ReferralsSection.row(referral, Map.of()));
                model.put("chkToday", RecordForms.today(clock, ZoneId.of(c.timeZone())));
                return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/chk-record", model);
            }
            return CaseRecordsController.saved(c, ReferralsSection.NAME);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
