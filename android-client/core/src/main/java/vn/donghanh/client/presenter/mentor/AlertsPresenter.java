package vn.donghanh.client.presenter.mentor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Alert;
import vn.donghanh.client.presenter.Presenter;

/**
 * Open help requests (synced HELP_REQUEST records joined with the case for the name) at the top,
 * then the open overdue alerts (read online, the last copy offline with its age).
 */
public final class AlertsPresenter extends Presenter<AlertsView> {
    public AlertsPresenter(AlertsView view, DongHanhClient client) {
        super(view, client);
    }

    public void start() {
        load(() -> model(client), AlertsView::render);
    }

    public void select(AlertRow row) {
        if (view() != null) {
            view().openMentee(row.caseId, row.fullName);
        }
    }

    /** Syncs when it can, so a help request sent a minute ago is there. */
    static AlertsModel model(DongHanhClient client) throws Exception {
        boolean offline = false;
        List<Alert> alerts;
        Long asOf;
        try {
            client.syncNow(false);
            alerts = MentorData.fetchAlerts(client);
            asOf = client.clock().nowMillis();
        } catch (IOException e) {
            offline = true;
            MentorData.Known<List<Alert>> last = MentorData.lastAlerts(client);
            alerts = last == null ? new ArrayList<Alert>() : last.value;
            asOf = last == null ? null : last.asOfMillis;
        }
        return new AlertsModel(
                rows(client, alerts, null), offline, asOf, client.records().lastSyncedAtMillis());
    }

    /** Rows of one case ({@code caseId}) or all cases (null). */
    static List<AlertRow> rows(DongHanhClient client, List<Alert> alerts, String caseId) {
        long now = client.clock().nowMillis();
        List<AlertRow> rows = new ArrayList<>();
        for (MentorData.OpenHelp h : MentorData.openHelp(client, caseId)) {
            rows.add(new AlertRow(
                    AlertRow.Kind.HELP_REQUEST,
                    h.request.id,
                    h.request.caseId,
                    h.fullName,
                    h.request.category,
                    h.request.note,
                    h.request.createdAtMillis,
                    MentorData.minutesBetween(h.request.createdAtMillis, now),
                    0,
                    true,
                    h.acknowledgement));
        }
        for (Alert a : alerts) {
            if (caseId != null && !caseId.equals(a.caseId)) {
                continue;
            }
            rows.add(new AlertRow(
                    AlertRow.Kind.OVERDUE,
                    a.id,
                    a.caseId,
                    a.fullName,
                    a.kind,
                    null,
                    a.overdueSinceMillis,
                    MentorData.minutesBetween(a.overdueSinceMillis, now),
                    MentorData.daysBetween(a.overdueSinceMillis, now),
                    false,
                    MentorData.alertAcknowledgement(client, a)));
        }
        return rows;
    }
}
