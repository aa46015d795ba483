package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneId;
import java.util.Map;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;

/**
 * A case's page: identity, management decision and period, status, mentor and the readable
 * timeline, through {@code CaseService.get} and {@code CaseService.timeline} — the same scope as
 * {@code GET /api/v1/cases/{id}} (another commune's case is "not found") and the same audit rows,
 * so the view is in the person's access log.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CasePageController {
    private final CaseService cases;

    public CasePageController(CaseService cases) {
        this.cases = cases;
    }

    @Get(value = ConsolePaths.CASES + "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        Map<String, Object> model = ConsolePage.model(request, session);
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            var timeline = cases.timeline(session.caller(), caseId);
            ZoneId zone = ZoneId.of(c.timeZone());
            model.put(
                    "c",
                    ConsolePage.row(
                            "id", c.id(),
                            "fullName", c.fullName(),
                            "dateOfBirth", ConsoleFormat.date(c.dateOfBirth()),
                            "sex", c.sex().name(),
                            "ethnicity", c.ethnicity(),
                            "phone", c.phone(),
                            "nationalId", c.nationalId(),
                            "address", c.address(),
                            "basis", c.basis().name(),
                            "decisionNumber", c.decisionNumber(),
                            "decisionDate", ConsoleFormat.date(c.decisionDate()),
                            "startDate", ConsoleFormat.date(c.startDate()),
                            "plannedEndDate", ConsoleFormat.date(c.plannedEndDate()),
                            "status", c.status().name(),
                            "statusSince", ConsoleFormat.date(c.statusSince()),
                            "mentorName", c.mentor() == null ? null : c.mentor().displayName(),
                            "mentorPhone",
                                    c.mentor() == null ? null : c.mentor().phone(),
                            "officers",
                                    c.officers().stream()
                                            .map(o -> ConsolePage.row("name", o.displayName(), "phone", o.phone()))
                                            .toList()));
            model.put(
                    "timeline",
                    timeline.stream()
                            .map(t -> ConsolePage.row(
                                    "type", t.type().name(),
                                    "from",
                                            t.fromStatus() == null
                                                    ? null
                                                    : t.fromStatus().name(),
                                    "to",
                                            t.toStatus() == null
                                                    ? null
                                                    : t.toStatus().name(),
                                    "reason", t.reason(),
                                    "effective", ConsoleFormat.date(t.effectiveDate()),
                                    "at", ConsoleFormat.dateTime(t.occurredAt(), zone),
                                    "actor", t.actorName()))
                            .toList());
            return ConsolePage.render("console/case", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
