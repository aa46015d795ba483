package vn.donghanh.client.presenter.officer;

import java.util.List;

/** A case's history, live or the last copy read on this phone. */
public final class CaseTimelineModel {
    /** Oldest first; null when offline and no copy was ever stored here. */
    public final List<TimelineRow> rows;
    /** The server could not be reached: {@link #rows} is the copy of {@link #copy}, or null. */
    public final boolean offline;
    /** When offline, the age of the copy shown; null when live or when nothing is stored. */
    public final StoredCopy copy;

    public CaseTimelineModel(List<TimelineRow> rows, boolean offline, StoredCopy copy) {
        this.rows = rows;
        this.offline = offline;
        this.copy = copy;
    }

    public boolean nothingStored() {
        return offline && rows == null;
    }
}
