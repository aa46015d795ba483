package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinPlanService;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.security.Role;

/**
 * The case's recent check-ins (date, kind, on time or late, who recorded it) and its compliance
 * over the last 30 days per plan, as {@code GET /api/v1/cases/{id}/checkins} and {@code /compliance} compute
 * them ({@code CheckinService.list}, {@code ComplianceService.forCase}); the whole list downloads as
 * {@code .xlsx} ({@link CaseCheckinsSheetController}).
 */
@Singleton
class CaseCheckinsSection implements CaseSection {
    static final int SHOWN = 20;
    /** The compliance shown: over this many days up to today. */
    static final int PERIOD_DAYS = 30;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CheckinService checkins;
    private final CheckinPlanService plans;
    private final ComplianceService compliance;
    private final AccountService accounts;
    private final Clock clock;

    CaseCheckinsSection(
            CheckinService checkins,
            CheckinPlanService plans,
            ComplianceService compliance,
            AccountService accounts,
            Clock clock) {
        this.checkins = checkins;
        this.plans = plans;
        this.compliance = compliance;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "checkins";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        var page = checkins.list(session.caller(), c.id(), null, SHOWN);
        CheckinTimeliness timeliness = timeliness(session, c);
        Map<String, String> names = accounts.displayNamesOf(page.items().stream()
                .map(CheckinModels.Checkin::recordedBy)
                .distinct()
                .toList());
        // The last 30 days, today included: at the start of a month the API's default (this month) says little.
        LocalDate today = SupervisionParts.today(clock, c);
        CheckinModels.Compliance figure =
                compliance.forCase(session.caller(), c.id(), today.minusDays(PERIOD_DAYS - 1), today.plusDays(1));
        RecurrenceWords words = SupervisionParts.recurrence(model);
        int expected = figure.plans().stream()
                .mapToInt(CheckinModels.PlanCompliance::expected)
                .sum();
        int satisfied = figure.plans().stream()
                .mapToInt(CheckinModels.PlanCompliance::satisfied)
                .sum();
        model.put(
                "supCheckins",
                ConsolePage.row(
                        "rows",
                        page.items().stream()
                                .map(k -> {
                                    var local = k.occurredAt().atZoneSameInstant(zone);
                                    return ConsolePage.row(
                                            "date", ConsoleFormat.date(local.toLocalDate()),
                                            "time", TIME.format(local),
                                            "kind", k.kind().name(),
                                            "timely", timeliness.of(k).name(),
                                            "recordedBy", names.get(k.recordedBy()));
                                })
                                .toList(),
                        "more",
                        page.nextCursor() != null,
                        "shown",
                        SHOWN,
                        "from",
                        ConsoleFormat.date(figure.from()),
                        // The period is [from, to): the last day counted is the one before "to".
                        "to",
                        ConsoleFormat.date(figure.to().minusDays(1)),
                        "expected",
                        expected,
                        "satisfied",
                        satisfied,
                        "percent",
                        expected == 0 ? null : Math.round(satisfied * 100f / expected),
                        "plans",
                        figure.plans().stream()
                                .map(p -> ConsolePage.row(
                                        "kind",
                                        p.kind().name(),
                                        "schedule",
                                        words.describe(p.rrule()),
                                        "expected",
                                        p.expected(),
                                        "satisfied",
                                        p.satisfied(),
                                        "percent",
                                        p.percent(),
                                        "streak",
                                        p.currentStreak(),
                                        "overdueSince",
                                        p.overdueSince() == null
                                                ? null
                                                : ConsoleFormat.dateTime(p.overdueSince(), zone)))
                                .toList(),
                        "download",
                        ConsolePaths.casePage(c.id()) + "/checkins.xlsx"));
    }

    /** The case's plans' occurrences up to now, to tell each check-in on time or late. */
    CheckinTimeliness timeliness(ConsoleSession session, CaseModels.CaseDetail c) {
        List<CheckinModels.Plan> all = plans.list(session.caller(), c.id());
        return new CheckinTimeliness(
                all, ZoneId.of(c.timeZone()), clock.instant().plus(Duration.ofDays(1)));
    }
}
