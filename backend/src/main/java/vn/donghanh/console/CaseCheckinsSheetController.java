package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Page;

/**
 * A case's check-ins as {@code .xlsx} ({@link ConsoleSheet}: Vietnamese headers, date cells), every
 * one, read page by page through {@code CheckinService.list} with the caller's scope, as {@code GET
 * /api/v1/cases/{id}/checkins}: another commune's case is "not found" here too.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class CaseCheckinsSheetController {
    /**
     * Pages of the API's largest size, read to the end: a case under management for years has some thousands,
     * and the sheet holds every one (a sheet cut short would look complete).
     */
    static final int PAGE = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CaseService cases;
    private final CheckinService checkins;
    private final AccountService accounts;
    private final CaseCheckinsSection section;

    CaseCheckinsSheetController(
            CaseService cases, CheckinService checkins, AccountService accounts, CaseCheckinsSection section) {
        this.cases = cases;
        this.checkins = checkins;
        this.accounts = accounts;
        this.section = section;
    }

    @Get(ConsolePaths.CASES + "/{id}/checkins.xlsx")
    public HttpResponse<?> download(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        try {
            String caseId = Ids.parse("id", id);
            var c = cases.get(session.caller(), caseId);
            ZoneId zone = ZoneId.of(c.timeZone());
            List<CheckinModels.Checkin> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<CheckinModels.Checkin> page = checkins.list(session.caller(), caseId, cursor, PAGE);
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            CheckinTimeliness timeliness = section.timeliness(session, c);
            Map<String, String> names = accounts.displayNamesOf(all.stream()
                    .map(CheckinModels.Checkin::recordedBy)
                    .distinct()
                    .toList());
            ConsoleMessages.Words w = ConsoleMessages.forRequest(request);
            List<String> headers = Arrays.asList(
                    w.get("sup.sheet.date"),
                    w.get("sup.sheet.time"),
                    w.get("sup.sheet.kind"),
                    w.get("sup.sheet.timeliness"),
                    w.get("sup.sheet.recordedBy"),
                    w.get("sup.sheet.receivedAt"),
                    w.get("sup.sheet.wellbeing"),
                    w.get("sup.sheet.craving"));
            List<List<?>> rows = all.stream()
                    .<List<?>>map(k -> {
                        var local = k.occurredAt().atZoneSameInstant(zone);
                        return Arrays.asList(
                                local.toLocalDate(),
                                TIME.format(local),
                                w.get("sup.checkinKind." + k.kind().name()),
                                w.get("sup.timely." + timeliness.of(k).name()),
                                names.get(k.recordedBy()),
                                k.receivedAt().atZoneSameInstant(zone).toLocalDateTime(),
                                k.wellbeing(),
                                k.craving());
                    })
                    .toList();
            byte[] bytes = ConsoleSheet.write(w.get("sup.sheet.name"), headers, rows);
            return ConsoleSheet.download(SupervisionParts.fill(w.get("sup.sheet.file"), c.fullName()), bytes);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }
}
