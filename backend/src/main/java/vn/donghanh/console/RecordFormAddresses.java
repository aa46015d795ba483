package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;

/**
 * A record form re-shown with its problems stays at its POST address; an officer who opens that
 * address again (Enter in the address bar, a bookmark) is sent to the case page's section rather
 * than shown "method not allowed". The case page checks the scope.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class RecordFormAddresses {
    @Get(
            uris = {
                ConsolePaths.CASES + "/{id}/drug-tests",
                ConsolePaths.CASES + "/{id}/office-presence",
                ConsolePaths.CASES + "/{id}/residence-checks",
                ConsolePaths.CASES + "/{id}/contacts",
                ConsolePaths.CASES + "/{id}/referrals",
                ConsolePaths.CASES + "/{id}/referrals/{referralId}/steps"
            },
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> toTheCasePage(
            HttpRequest<?> request,
            ConsoleSession session,
            @PathVariable String id,
            @PathVariable @Nullable String referralId) {
        try {
            String caseId = Ids.parse("id", id);
            String path = request.getPath();
            String section = path.endsWith("/drug-tests")
                    ? DrugTestSection.NAME
                    : path.endsWith("/contacts")
                            ? ContactsSection.NAME
                            : path.contains("/referrals") ? ReferralsSection.NAME : ChecksSection.NAME;
            return HttpResponse.seeOther(URI.create(RecordForms.sectionOf(caseId, section)));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
