package vn.donghanh.client.presenter.officer;

import java.util.List;
import vn.donghanh.client.model.CommuneSummary;

/**
 * The officer's main screen: the overdue list (longest first) and the commune summaries, live or
 * from the last copy read on this phone.
 */
public final class OfficerHomeModel {
    /** Null when offline and no copy was ever stored here: the screen says so, never an empty list. */
    public final List<OverdueRow> overdue;
    /** Cases by status, % compliant this month, mentor coverage, per commune; null like {@link #overdue}. */
    public final List<CommuneSummary> communes;
    /** Items of this account not yet accepted by the server (office presences...). */
    public final int unsentCount;
    /** The server could not be reached: what is shown is {@link #copy}, or nothing. */
    public final boolean offline;
    /** When offline, the age of the copy shown; null when live or when nothing is stored. */
    public final StoredCopy copy;

    public OfficerHomeModel(
            List<OverdueRow> overdue,
            List<CommuneSummary> communes,
            int unsentCount,
            boolean offline,
            StoredCopy copy) {
        this.overdue = overdue;
        this.communes = communes;
        this.unsentCount = unsentCount;
        this.offline = offline;
        this.copy = copy;
    }

    /** Offline with nothing stored on this phone yet. */
    public boolean nothingStored() {
        return offline && overdue == null && communes == null;
    }
}
