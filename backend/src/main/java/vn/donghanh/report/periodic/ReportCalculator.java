package vn.donghanh.report.periodic;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts the periodic report's figures for every commune at or below a unit, set-based from the
 * registry, supervision and referral data (through their services, a chunk of cases at a time,
 * never a query per case), each case counted in the commune that held it at the time: on the
 * as-of day for a stock (persons under management), on the day it happened for a flow.
 */
@Singleton
public class ReportCalculator {

    /**
     * The figures of each commune at or below {@code unitPath} for the period, counted up to
     * {@code asOf} (the cut-off, or an earlier day while the period runs), by commune id. A commune
     * with nothing to count may be missing from the map.
     */
    public Map<String, Figures> byCommune(String unitPath, ReportPeriod period, LocalDate asOf) {
        throw new UnsupportedOperationException("issue 15: the calculator is being built");
    }
}
