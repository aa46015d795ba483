package vn.donghanh.casefile;

import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * Planned end of a management period, from configuration ({@code donghanh.management-period.<BASIS>}):
 * the law has changed three times in five years, so durations and their starting point are data.
 */
@Singleton
public class ManagementPeriodPolicy {
    public enum CountedFrom {
        START_DATE,
        DECISION_DATE
    }

    private record Rule(Period duration, CountedFrom from) {}

    private final Map<ManagementBasis, Rule> rules = new EnumMap<>(ManagementBasis.class);

    public ManagementPeriodPolicy(PropertyResolver env) {
        for (ManagementBasis basis : ManagementBasis.values()) {
            String prefix = "donghanh.management-period." + basis.name();
            String duration = env.getProperty(prefix + ".duration", String.class)
                    .orElseThrow(() -> new IllegalStateException("Missing configuration " + prefix + ".duration"));
            CountedFrom from = env.getProperty(prefix + ".counted-from", String.class)
                    .map(CountedFrom::valueOf)
                    .orElse(CountedFrom.START_DATE);
            rules.put(basis, new Rule(Period.parse(duration), from));
        }
    }

    public LocalDate plannedEnd(ManagementBasis basis, LocalDate startDate, LocalDate decisionDate) {
        Rule rule = rules.get(basis);
        LocalDate from = rule.from() == CountedFrom.DECISION_DATE ? decisionDate : startDate;
        return from.plus(rule.duration());
    }
}
