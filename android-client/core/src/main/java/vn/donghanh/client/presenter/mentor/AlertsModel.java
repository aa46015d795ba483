package vn.donghanh.client.presenter.mentor;

import java.util.List;

/** The alerts screen: open help requests first (newest first), then overdue check-ins (longest first). */
public final class AlertsModel {
    public final List<AlertRow> rows;
    public final boolean offline;
    /**
     * When the overdue part was read from the server (now when online, the snapshot's time
     * offline); null when it was never read on this phone: then the overdue part is unknown.
     */
    public final Long overdueAsOfMillis;
    /** When the help requests were last synced (the end of the feed); null before the first sync. */
    public final Long helpAsOfMillis;

    public AlertsModel(List<AlertRow> rows, boolean offline, Long overdueAsOfMillis, Long helpAsOfMillis) {
        this.rows = rows;
        this.offline = offline;
        this.overdueAsOfMillis = overdueAsOfMillis;
        this.helpAsOfMillis = helpAsOfMillis;
    }

    public int helpCount() {
        int n = 0;
        for (AlertRow r : rows) {
            if (r.kind == AlertRow.Kind.HELP_REQUEST) {
                n++;
            }
        }
        return n;
    }
}
