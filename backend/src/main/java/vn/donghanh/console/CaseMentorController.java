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
import java.util.Map;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.mentoring.MentoringModels;
import vn.donghanh.mentoring.MentoringService;

/**
 * Assigning and ending a case's mentor from its page, through {@code MentoringService.assign} and
 * {@code .end}, as {@code POST /api/v1/cases/{id}/assignments} and {@code /assignments/{id}/end}.
 * A refusal about the mentor (at capacity, the case already has one) is shown next to the mentor
 * field, where the officer chooses again.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseMentorController {
    private final CaseService cases;
    private final MentoringService mentoring;
    private final CaseMentorSection section;
    private final Validator validator;

    CaseMentorController(
            CaseService cases, MentoringService mentoring, CaseMentorSection section, Validator validator) {
        this.cases = cases;
        this.mentoring = mentoring;
        this.section = section;
        this.validator = validator;
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/mentor",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> assign(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            ConsoleForm f = ConsoleForm.of(request, form);
            var body = new MentoringModels.AssignMentor(f.uuid("id"), f.uuid("mentorId"), f.date("startDate"));
            f.check(validator, body);
            f.run(() -> {
                try {
                    return mentoring.assign(session.caller(), caseId, body);
                } catch (ApiException e) {
                    if (e.status() == HttpStatus.CONFLICT && e.errors().isEmpty()) {
                        // At capacity, or a mentor already: about the choice of mentor.
                        f.reject("mentorId", e.getMessage());
                        return null;
                    }
                    throw e;
                }
            });
            if (f.hasErrors()) {
                return SupervisionParts.partPage(request, session, section, c, Map.of("supMentorAssign", f.model()));
            }
            return SupervisionParts.backTo(caseId, "h-mentor");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/mentor/end",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> end(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            ConsoleForm f = ConsoleForm.of(request, form);
            String assignmentId = Ids.parse("assignmentId", f.text("assignmentId"));
            var body = new MentoringModels.EndAssignment(f.text("reason"), f.date("endDate"));
            f.check(validator, body);
            f.run(() -> mentoring.end(session.caller(), assignmentId, body));
            if (f.hasErrors()) {
                return SupervisionParts.partPage(request, session, section, c, Map.of("supMentorEnd", f.model()));
            }
            return SupervisionParts.backTo(caseId, "h-mentor");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
