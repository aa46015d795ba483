package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.security.Role;

/**
 * What the admin's pages share: the refusal for anyone but an admin (the API's admin endpoints are
 * {@code @Secured("ADMIN")}), the frame's values, and the administrative units as choices for a
 * select, each indented under its parent.
 */
final class AdminPages {
    private AdminPages() {}

    /** The page's model, or null when the caller is not an admin (then {@link #forbidden}). */
    static Map<String, Object> model(HttpRequest<?> request, ConsoleSession session, String section) {
        if (!session.caller().is(Role.ADMIN)) {
            return null;
        }
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "admin");
        model.put("adminSection", section);
        model.put("selfId", session.caller().accountId());
        return model;
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> forbidden(
            HttpRequest<?> request, ConsoleSession session) {
        return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
    }

    /** A unit and how deep it sits below the nation (the nation 0). */
    record Placed(AdminUnit unit, int depth) {}

    /** The units depth first, each followed by the units below it, brothers by name (Vietnamese order). */
    static List<Placed> ordered(List<AdminUnit> units) {
        Map<String, List<AdminUnit>> byParent = new HashMap<>();
        Map<String, AdminUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<AdminUnit> roots = new ArrayList<>();
        for (AdminUnit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<AdminUnit> byName = Comparator.comparing(AdminUnit::name, collator);
        List<Placed> out = new ArrayList<>();
        Deque<Placed> stack = new ArrayDeque<>();
        roots.stream().sorted(byName.reversed()).forEach(u -> stack.push(new Placed(u, 0)));
        while (!stack.isEmpty()) {
            Placed p = stack.pop();
            out.add(p);
            byParent.getOrDefault(p.unit().id(), List.of()).stream()
                    .sorted(byName.reversed())
                    .forEach(c -> stack.push(new Placed(c, p.depth() + 1)));
        }
        return out;
    }

    /** Choices for a unit select: id, and the name indented by depth with its code. */
    static List<Map<String, Object>> unitChoices(List<AdminUnit> units) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Placed p : ordered(units)) {
            AdminUnit u = p.unit();
            out.add(ConsolePage.row(
                    "id",
                    u.id(),
                    "label",
                    "\u00a0\u00a0\u00a0".repeat(p.depth()) + u.name() + " (" + u.code() + ")",
                    "level",
                    u.level().name()));
        }
        return out;
    }

    /**
     * A select left at "choose": said as "must not be blank", next to it, rather than by bean
     * validation's words for a null, which name the null.
     */
    static void requireChoice(ConsoleForm f, String field) {
        if (f.text(field) == null) {
            f.reject(field, "must not be blank");
        }
    }

    static Map<String, String> names(List<AdminUnit> units) {
        Map<String, String> out = new HashMap<>();
        units.forEach(u -> out.put(u.id(), u.name()));
        return out;
    }
}
