package vn.donghanh.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Period;

/** How long the staff phones keep what they no longer work with. */
@ConfigurationProperties("donghanh.sync")
public class SyncSettings {
    /**
     * How long after a case closed (completed, deceased, transferred out of the system) it stays on
     * the officers' phones; then the feed removes it (the console keeps it). A phone is easily lost.
     */
    private Period closedCasesOnPhones = Period.ofDays(30);

    public Period getClosedCasesOnPhones() {
        return closedCasesOnPhones;
    }

    public void setClosedCasesOnPhones(Period closedCasesOnPhones) {
        this.closedCasesOnPhones = closedCasesOnPhones;
    }
}
