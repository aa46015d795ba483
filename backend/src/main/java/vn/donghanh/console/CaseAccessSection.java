package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.security.Role;

/**
 * The case page's "who accessed the record": the newest reads and changes of the case by anyone
 * but the person, as {@code GET /api/v1/me/access-log} shows them to the person
 * ({@code CaseService.accessLog}, the officer's scoped view of the same log; reading it is logged
 * too). One visit to the case page reads every part of the record and so writes a dozen rows in
 * the same minute; the page shows them as one row, "who, when: what they saw", the newest
 * {@value #SHOWN} visits from the newest {@value #READ} rows.
 */
@Singleton
public class CaseAccessSection implements CaseSection {
    static final int SHOWN = 15;
    static final int READ = 200;
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
        var page = cases.accessLog(session.caller(), c.id(), null, READ);
        List<Map<String, Object>> visits = new ArrayList<>();
        Map<String, Object> last = null;
        for (var a : page.items()) {
            String at = ConsoleFormat.dateTime(a.occurredAt(), zone);
            String who = a.actorName();
            String role = known(a.actorRole(), ROLES);
            String action = known(a.action(), ACTIONS);
            if (last != null
                    && at.equals(last.get("at"))
                    && Objects.equals(who, last.get("who"))
                    && role.equals(last.get("role"))) {
                @SuppressWarnings("unchecked")
                Set<String> actions = (Set<String>) last.get("actions");
                actions.add(action);
                continue;
            }
            if (visits.size() == SHOWN) {
                break;
            }
            Set<String> actions = new LinkedHashSet<>();
            actions.add(action);
            last = ConsolePage.row("at", at, "who", who, "role", role, "actions", actions);
            visits.add(last);
        }
        model.put("accessLog", visits);
        model.put("accessLogMore", visits.size() == SHOWN || page.nextCursor() != null);
    }

    /** The code when the page has words for it, else OTHER (a row written by a later version). */
    private static String known(String code, Set<String> codes) {
        return code != null && codes.contains(code) ? code : "OTHER";
    }
}
