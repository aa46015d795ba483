package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinPlanService;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.security.Role;

/**
 * The case's check-in plans, each schedule in plain words (the RRULE stays what is stored, never
 * shown), with the form to add one from plain choices. Reads through {@code CheckinPlanService.list},
 * as {@code GET /api/v1/cases/{id}/checkin-plans}.
 */
@Singleton
class CasePlansSection implements CaseSection {
    private final CheckinPlanService plans;
    private final Clock clock;

    CasePlansSection(CheckinPlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        model.put("supFreqs", SupervisionParts.FREQUENCIES);
        RecurrenceWords words = SupervisionParts.recurrence(model);
        List<CheckinModels.Plan> all = plans.list(session.caller(), c.id());
        model.put(
                "supPlans",
                ConsolePage.row(
                        "plans",
                        all.stream()
                                .sorted((a, b) -> a.effectiveTo() == null && b.effectiveTo() != null
                                        ? -1
                                        : a.effectiveTo() != null && b.effectiveTo() == null
                                                ? 1
                                                : b.effectiveFrom().compareTo(a.effectiveFrom()))
                                .map(p -> ConsolePage.row(
                                        "id", p.id(),
                                        "kind", p.kind().name(),
                                        "schedule", words.describe(p.rrule()),
                                        "grace", graceKey(p.grace()),
                                        "from", ConsoleFormat.date(p.effectiveFrom()),
                                        "to", p.effectiveTo() == null ? null : ConsoleFormat.date(p.effectiveTo()),
                                        "current", p.effectiveTo() == null))
                                .toList(),
                        "kinds",
                        Arrays.stream(PlanKind.values()).map(Enum::name).toList(),
                        "graces",
                        SupervisionParts.GRACES,
                        "days",
                        SupervisionParts.days()));
        Map<String, String> initial = new HashMap<>();
        initial.put("id", UUID.randomUUID().toString());
        initial.put("kind", PlanKind.SELF_CHECKIN.name());
        initial.put("freq", "WEEKLY");
        initial.put("interval", "1");
        initial.put("grace", "PT0S");
        initial.put("effectiveFrom", ConsoleFormat.date(SupervisionParts.today(clock, c)));
        model.putIfAbsent("supPlanForm", ConsoleForm.blank(initial));
    }

    /** The grace's words key: one the form offers, or "set otherwise" for one set through the API. */
    static String graceKey(String grace) {
        return grace != null && SupervisionParts.GRACES.contains(grace) ? "sup.grace." + grace : "sup.grace.other";
    }
}
