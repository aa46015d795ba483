package vn.donghanh.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Period;

/** How long the staff phones keep what they no longer work with, and how much a phone downloads. */
@ConfigurationProperties("donghanh.sync")
public class SyncSettings {
    /**
     * How long after a case closed (completed, deceased, transferred out of the system) it stays on
     * the officers' phones; then the feed removes it (the console keeps it). A phone is easily lost.
     */
    private Period closedCasesOnPhones = Period.ofDays(30);

    /**
     * How long the change log keeps a change (SyncPruner deletes older ones). A phone that has not synced for
     * longer is told to start again from a snapshot (410 resync-required).
     */
    private Period changeHorizon = Period.ofDays(90);

    /**
     * How far back a snapshot (the first sync of a phone) reaches for the records that pile up: check-ins,
     * contact logs, past appointments, reminders, messages, notifications, resolved help requests. Cases, future
     * appointments and open help requests come whatever their age; older history stays in the console.
     */
    private Period snapshotHistory = Period.ofDays(30);

    /** The most cases one user's phone downloads; a scope above it is refused, naming both numbers, never cut. */
    private int maxCasesPerUser = 3000;

    public Period getClosedCasesOnPhones() {
        return closedCasesOnPhones;
    }

    public void setClosedCasesOnPhones(Period closedCasesOnPhones) {
        this.closedCasesOnPhones = closedCasesOnPhones;
    }

    public Period getChangeHorizon() {
        return changeHorizon;
    }

    public void setChangeHorizon(Period changeHorizon) {
        this.changeHorizon = changeHorizon;
    }

    public Period getSnapshotHistory() {
        return snapshotHistory;
    }

    public void setSnapshotHistory(Period snapshotHistory) {
        this.snapshotHistory = snapshotHistory;
    }

    public int getMaxCasesPerUser() {
        return maxCasesPerUser;
    }

    public void setMaxCasesPerUser(int maxCasesPerUser) {
        this.maxCasesPerUser = maxCasesPerUser;
    }
}
