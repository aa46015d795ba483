package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.model.Notification;
import vn.donghanh.client.presenter.Presenter;

/** Missed check-ins (open alerts) and help requests (from the synced inbox). */
public final class AlertsPresenter extends Presenter<AlertsView> {
    private volatile boolean offline;

    public AlertsPresenter(AlertsView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(this::rows, (view, rows) -> view.showAlerts(rows, offline));
    }

    List<AlertRow> rows() throws Exception {
        List<AlertRow> rows = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        try {
            client.syncNow(false);
            alerts = client.api().alerts();
            offline = false;
        } catch (IOException e) {
            offline = true;
        }
        for (Notification n : client.records().notifications()) {
            if (n.readAtMillis == null && ("HELP_REQUESTED".equals(n.kind) || "HELP_ESCALATED".equals(n.kind))) {
                rows.add(new AlertRow(AlertRow.Kind.HELP_REQUEST, n.id, n.caseId, null, n.createdAtMillis, true));
            }
        }
        for (Alert a : alerts) {
            rows.add(new AlertRow(AlertRow.Kind.OVERDUE, a.id, a.caseId, a.fullName, a.overdueSinceMillis, false));
        }
        return rows;
    }
}
