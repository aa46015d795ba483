package vn.donghanh.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.checkin.CheckinKind;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.ComplianceCalculator;

/**
 * Whether each check-in came on time, by the rule compliance counts with ({@link
 * ComplianceCalculator}): a record belongs to the plan occurrence whose window holds it, and is on
 * time when it came by that occurrence's deadline (the end of its due day plus the plan's grace);
 * after that it still counts, but late. A record no plan of its kind expected is outside any plan.
 */
final class CheckinTimeliness {
    enum Timely {
        ON_TIME,
        LATE,
        NONE
    }

    private final Map<CheckinKind, List<List<ComplianceCalculator.Occurrence>>> byKind = new HashMap<>();

    /** The occurrences of the case's plans up to {@code until}, per series. */
    CheckinTimeliness(List<CheckinModels.Plan> plans, ZoneId zone, Instant until) {
        Map<String, List<CheckinModels.Plan>> series =
                plans.stream().collect(Collectors.groupingBy(CheckinModels.Plan::seriesId));
        for (List<CheckinModels.Plan> versions : series.values()) {
            List<ComplianceCalculator.PlanVersion> v = versions.stream()
                    .map(p -> new ComplianceCalculator.PlanVersion(
                            p.id(),
                            p.seriesId(),
                            p.kind(),
                            p.rrule(),
                            p.grace() == null ? Duration.ZERO : Duration.parse(p.grace()),
                            p.effectiveFrom(),
                            p.effectiveTo()))
                    .toList();
            List<ComplianceCalculator.Occurrence> occurrences =
                    ComplianceCalculator.occurrences(v, zone, List.of(), List.of(), until);
            for (CheckinKind k : CheckinKind.values()) {
                if (k.satisfies() == versions.get(0).kind()) {
                    byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(occurrences);
                }
            }
        }
    }

    Timely of(CheckinModels.Checkin c) {
        Instant at = c.occurredAt().toInstant();
        Timely found = Timely.NONE;
        for (List<ComplianceCalculator.Occurrence> occurrences : byKind.getOrDefault(c.kind(), List.of())) {
            for (ComplianceCalculator.Occurrence o : occurrences) {
                if (!at.isBefore(o.start()) && (o.windowEnd() == null || at.isBefore(o.windowEnd()))) {
                    if (!at.isAfter(o.deadline())) {
                        return Timely.ON_TIME;
                    }
                    found = Timely.LATE;
                }
            }
        }
        return found;
    }
}
