package vn.donghanh.checkin;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The escalation scan's view of supervision: the plan series due for a look ({@code next_check_at <= now} in
 * {@link SupervisionWatch}: touched by a write, or a deadline passed), claimed a chunk at a time, evaluated with the
 * {@link ComplianceCalculator}, and their new state stored, all in the caller's transaction. Rows stay locked until it
 * commits, so two instances never evaluate the same row at once, and a write that touches a row being evaluated waits
 * and touches it again afterwards: nothing written is missed.
 */
@Singleton
public class DueSupervision {
    private final SupervisionWatch watch;
    private final ComplianceService compliance;

    DueSupervision(SupervisionWatch watch, ComplianceService compliance) {
        this.watch = watch;
        this.compliance = compliance;
    }

    /**
     * One claimed chunk: {@code plans} rows claimed (fewer than the limit: nothing more is due now, or another instance
     * holds it), the {@code cases} they belong to, those of them still under supervision ({@code open}) and every plan
     * state of those ({@code states}, all their series, not only the claimed ones).
     */
    public record Step(
            int plans, Set<String> cases, List<ComplianceService.CaseRef> open, Map<String, List<PlanState>> states) {}

    /** Claims up to {@code limit} due rows, evaluates their cases at {@code now} and stores what it found. */
    public Step claimAndEvaluate(Instant now, int limit) {
        List<SupervisionWatch.Key> claimed = watch.claimDue(now, limit);
        Set<String> caseIds = claimed.stream()
                .map(SupervisionWatch.Key::caseId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<ComplianceService.CaseRef> open = compliance.openAmong(List.copyOf(caseIds));
        Map<String, List<PlanState>> states = compliance.states(open, now);
        Map<SupervisionWatch.Key, PlanState> byKey = new HashMap<>();
        states.forEach((caseId, list) ->
                list.forEach(p -> byKey.put(new SupervisionWatch.Key(caseId, p.seriesId()), p)));
        List<SupervisionWatch.Key> stored = new ArrayList<>();
        List<PlanState> storedStates = new ArrayList<>();
        List<SupervisionWatch.Key> parked = new ArrayList<>();
        List<SupervisionWatch.Key> gone = new ArrayList<>();
        for (SupervisionWatch.Key k : claimed) {
            PlanState p = byKey.get(k);
            if (!states.containsKey(k.caseId())) {
                parked.add(k);
            } else if (p == null) {
                gone.add(k);
            } else {
                stored.add(k);
                storedStates.add(p);
            }
        }
        watch.store(stored, storedStates, now);
        watch.park(parked, now);
        watch.forget(gone);
        return new Step(claimed.size(), caseIds, open, states);
    }
}
