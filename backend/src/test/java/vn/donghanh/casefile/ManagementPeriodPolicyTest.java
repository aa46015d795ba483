package vn.donghanh.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.value.MapPropertyResolver;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Durations come from configuration: a change in the law is a change in a property, not in code. */
class ManagementPeriodPolicyTest {
    private static Map<String, Object> config(String adultDuration) {
        Map<String, Object> m = new HashMap<>();
        for (ManagementBasis b : ManagementBasis.values()) {
            m.put("donghanh.management-period." + b.name() + ".duration", "P12M");
            m.put(
                    "donghanh.management-period." + b.name() + ".counted-from",
                    b == ManagementBasis.DRUG_USE_MANAGEMENT ? "DECISION_DATE" : "START_DATE");
        }
        m.put("donghanh.management-period.COMPULSORY_REHAB_ADULT.duration", adultDuration);
        return m;
    }

    @Test
    void theConfiguredDurationAndStartingPointDecide() {
        var policy = new ManagementPeriodPolicy(new MapPropertyResolver(config("P24M")));
        LocalDate decision = LocalDate.of(2025, 2, 28);
        LocalDate start = LocalDate.of(2025, 3, 31);
        assertEquals(
                LocalDate.of(2027, 3, 31), policy.plannedEnd(ManagementBasis.COMPULSORY_REHAB_ADULT, start, decision));
        assertEquals(LocalDate.of(2026, 3, 31), policy.plannedEnd(ManagementBasis.VOLUNTARY_REHAB, start, decision));
        assertEquals(
                LocalDate.of(2026, 2, 28), policy.plannedEnd(ManagementBasis.DRUG_USE_MANAGEMENT, start, decision));

        var amended = new ManagementPeriodPolicy(new MapPropertyResolver(config("P18M")));
        assertEquals(
                LocalDate.of(2026, 9, 30),
                amended.plannedEnd(ManagementBasis.COMPULSORY_REHAB_ADULT, start, decision),
                "month-end start: 31 March + 18 months is the last day of September");
    }

    @Test
    void aMissingBasisStopsStartup() {
        Map<String, Object> m = config("P24M");
        m.remove("donghanh.management-period.OPIOID_SUBSTITUTION.duration");
        assertThrows(IllegalStateException.class, () -> new ManagementPeriodPolicy(new MapPropertyResolver(m)));
    }
}
