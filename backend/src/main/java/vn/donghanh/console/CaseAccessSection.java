package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.security.Role;

/**
 * The case page's "who accessed the record": the newest {@value #SHOWN} reads and changes of the
 * case by anyone but the person, as {@code GET /api/v1/me/access-log} shows them to the person
 * ({@code CaseService.accessLog}, the officer's scoped view of the same log; reading it is logged
 * too). The page's own view of the case, audited before the sections run, is the first row.
 */
@Singleton
public class CaseAccessSection implements CaseSection {
    static final int SHOWN = 30;
    private static final Set<String> ROLES =
            Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> ACTIONS =
            Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toSet());

    private final CaseService cases;

    public CaseAccessSection(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String name() {
        return "access";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        model.put("accessLog", List.of());
        model.put("accessLogMore", false);
        if (!session.caller().is(Role.OFFICER)) {
            // The officer's view of the log; whoever else reached the page sees the section empty.
            return;
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        var page = cases.accessLog(session.caller(), c.id(), null, SHOWN);
        model.put(
                "accessLog",
                page.items().stream()
                        .map(a -> ConsolePage.row(
                                "at", ConsoleFormat.dateTime(a.occurredAt(), zone),
                                "who", a.actorName(),
                                "role", known(a.actorRole(), ROLES),
                                "action", known(a.action(), ACTIONS)))
                        .toList());
        model.put("accessLogMore", page.nextCursor() != null);
    }

    /** The code when the page has words for it, else OTHER (a row written by a later version). */
    private static String known(String code, Set<String> codes) {
        return code != null && codes.contains(code) ? code : "OTHER";
    }
}
