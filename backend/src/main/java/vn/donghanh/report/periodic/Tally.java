package vn.donghanh.report.periodic;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The figures being counted, one {@link Figures} per commune of the reported unit. A count for a
 * commune outside it (a case's old or new commune elsewhere) is dropped: the report covers its own
 * communes only. Indicators counted per person ("each person once") keep the cases already counted.
 */
final class Tally {
    private final Set<String> communes;
    private final Map<String, Figures> figures = new HashMap<>();
    private final Map<Indicator, Map<String, Set<String>>> counted = new EnumMap<>(Indicator.class);

    Tally(Set<String> communes) {
        this.communes = communes;
    }

    boolean inside(String unitId) {
        return unitId != null && communes.contains(unitId);
    }

    void add(String unitId, Indicator i) {
        add(unitId, i, 1);
    }

    void add(String unitId, Indicator i, long n) {
        if (inside(unitId) && n != 0) {
            figures.computeIfAbsent(unitId, k -> new Figures()).add(i, n);
        }
    }

    /** Counts the case for the indicator in the commune unless it was counted there already. */
    void addOnce(String unitId, Indicator i, String caseId) {
        if (inside(unitId)
                && counted.computeIfAbsent(i, k -> new HashMap<>())
                        .computeIfAbsent(unitId, k -> new HashSet<>())
                        .add(caseId)) {
            add(unitId, i);
        }
    }

    void addHelpMinutes(String unitId, long minutes) {
        if (inside(unitId)) {
            figures.computeIfAbsent(unitId, k -> new Figures()).addHelpMinutes(minutes);
        }
    }

    Map<String, Figures> figures() {
        return figures;
    }
}
