package vn.donghanh.checkin;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * holds it), the series claimed per case ({@code claimed}; its keys are the cases), those cases still under
     * supervision ({@code open}) and the states of the claimed series of those ({@code states}). Only claimed series
     * are reported: another instance may hold the case's other rows, and those are its to act on.
     */
    public record Step(
            int plans,
            Map<String, Set<String>> claimed,
            List<ComplianceService.CaseRef> open,
            Map<String, List<PlanState>> states) {
        public Set<String> cases() {
            return claimed.keySet();
        }
    }

    /** Claims up to {@code limit} due rows, evaluates their cases at {@code now} and stores what it found. */
    public Step claimAndEvaluate(Instant now, int limit) {
        List<SupervisionWatch.Key> claimed = watch.claimDue(now, limit);
        Map<String, Set<String>> series = new LinkedHashMap<>();
        claimed.forEach(
                k -> series.computeIfAbsent(k.caseId(), c -> new HashSet<>()).add(k.seriesId()));
        List<ComplianceService.CaseRef> open = compliance.openAmong(List.copyOf(series.keySet()));
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
        Map<String, List<PlanState>> ofClaimed = new LinkedHashMap<>();
        states.forEach((caseId, list) -> ofClaimed.put(
                caseId,
                list.stream()
                        .filter(p -> series.get(caseId).contains(p.seriesId()))
                        .toList()));
        return new Step(claimed.size(), series, open, ofClaimed);
    }
}
