package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.help.HelpService;

/**
 * A case's page: identity, management decision and period, status, mentor, the readable timeline
 * and the newest help requests, through {@code CaseService.get}, {@code CaseService.timeline} and
 * {@code HelpService.forCase} — the same scope as
 * {@code GET /api/v1/cases/{id}} (another commune's case is "not found") and the same audit rows,
 * so the view is in the person's access log.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CasePageController {
    /** The newest help requests shown on the page. */
    static final int HELP_SHOWN = 20;

    private final CaseService cases;
    private final HelpService help;
    private final Clock clock;
    private final List<CaseSection> sections;

    public CasePageController(CaseService cases, HelpService help, Clock clock, List<CaseSection> sections) {
        this.cases = cases;
        this.help = help;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CaseSection::order))
                .toList();
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
            var requests = help.forCase(session.caller(), caseId, null, HELP_SHOWN);
            Instant now = clock.instant();
            model.put(
                    "help",
                    requests.items().stream()
                            .map(h -> {
                                ConsoleFormat.Span span = ConsoleFormat.since(h.createdAt(), now);
                                String state = h.resolvedAt() != null
                                        ? "RESOLVED"
                                        : h.acknowledgedAt() != null ? "ACKNOWLEDGED" : "WAITING";
                                return ConsolePage.row(
                                        "category", h.category().name(),
                                        "raised", ConsoleFormat.dateTime(h.createdAt(), zone),
                                        "sinceKey", span.key(),
                                        "sinceValue", span.value(),
                                        "open", h.resolvedAt() == null,
                                        "state", state,
                                        "escalated", h.escalatedAt() != null);
                            })
                            .toList());
            model.put("helpMore", requests.nextCursor() != null);
            for (CaseSection section : sections) {
                section.fill(session, c, model);
            }
            model.put("sections", sections.stream().map(CaseSection::name).toList());
            model.put(
                    "contents",
                    sections.stream()
                            .map(s -> ConsolePage.row("name", s.name(), "anchor", s.anchor()))
                            .toList());
            return ConsolePage.render("console/case", model);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
