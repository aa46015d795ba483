package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.privacy.CorrectionModels;
import vn.donghanh.privacy.CorrectionService;

/**
 * The officer's answer to a correction request from the case page (issue 17): accept (the case is
 * edited through the case's own service) or decline with a reason, through {@code
 * CorrectionService.decide} as {@code POST /api/v1/correction-requests/{id}/decision}. Problems
 * come back next to the form, on the section shown alone.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseCorrectionsController {
    private final CaseService cases;
    private final CorrectionService corrections;
    private final CaseCorrectionsSection section;

    public CaseCorrectionsController(CaseService cases, CorrectionService corrections, CaseCorrectionsSection section) {
        this.cases = cases;
        this.corrections = corrections;
        this.section = section;
    }

    static String decisionPath(String caseId, String requestId) {
        return ConsolePaths.casePage(caseId) + "/correction-requests/" + requestId + "/decision";
    }

    @Post(
            value = ConsolePaths.CASES + "/{id}/correction-requests/{requestId}/decision",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> decide(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable String requestId,
            @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        try {
            String caseId = Ids.parse("id", id);
            String correctionId = Ids.parse("requestId", requestId);
            var c = cases.get(session.caller(), caseId);
            ConsoleForm f = ConsoleForm.of(request, form);
            boolean accept = "true".equals(f.text("accept"));
            var body = new CorrectionModels.Decide(accept, f.text("reason"));
            f.run(() -> corrections.decide(session.caller(), correctionId, body));
            if (f.hasErrors()) {
                return SupervisionParts.partPage(request, session, section, c, Map.of("corrForm", f.model()));
            }
            return SupervisionParts.backTo(caseId, "corrections");
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
