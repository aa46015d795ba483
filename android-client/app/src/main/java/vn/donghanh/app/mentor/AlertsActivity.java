package vn.donghanh.app.mentor;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.AlertRow;
import vn.donghanh.client.presenter.mentor.AlertsModel;
import vn.donghanh.client.presenter.mentor.AlertsPresenter;
import vn.donghanh.client.presenter.mentor.AlertsView;

/** Help requests (first, framed in red, named, with reason and age) and overdue check-ins; a tap opens the mentee. */
public class AlertsActivity extends ScreenActivity implements AlertsView {
    private AlertsPresenter presenter;
    private MentorLabels labels;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_alerts);
        labels = new MentorLabels(this, client().zone());
        presenter = whileShown(new AlertsPresenter(this, client()), AlertsPresenter::start);
    }

    @Override
    public void render(AlertsModel model) {
        long now = client().clock().nowMillis();
        // Offline: one notice saying how old each part is (help requests from the last sync, the overdue list's copy).
        TextView asOf = findViewById(R.id.overdue_as_of);
        asOf.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        String help = model.helpAsOfMillis == null
                ? getString(R.string.mentor_alerts_never_synced)
                : getString(R.string.mentor_alerts_help_as_of, labels.asOf(model.helpAsOfMillis, now));
        String overdue = model.overdueAsOfMillis == null
                ? getString(R.string.mentor_alerts_overdue_unknown)
                : getString(R.string.mentor_alerts_overdue_as_of, labels.asOf(model.overdueAsOfMillis, now));
        asOf.setText(help + "\n" + overdue);
        LinearLayout list = findViewById(R.id.list);
        // "No alerts" only when the overdue list is known: offline without a copy, say nothing made up.
        Rows.reset(list, model.rows.isEmpty() && model.overdueAsOfMillis != null, R.string.no_alerts);
        for (AlertRow alert : model.rows) {
            View row = Rows.add(list, R.layout.row_alert);
            String name = alert.fullName == null ? getString(R.string.mentor_alert_unknown_person) : alert.fullName;
            TextView headline = row.findViewById(R.id.headline);
            TextView reason = row.findViewById(R.id.reason);
            if (alert.kind == AlertRow.Kind.HELP_REQUEST) {
                row.setBackgroundResource(R.drawable.help_row);
                headline.setText(getString(R.string.mentor_alert_help_title, labels.ago(alert.minutesAgo)));
                headline.setTextColor(getColor(R.color.help));
                String why = getString(R.string.mentor_alert_reason, labels.helpReason(alert.reason));
                reason.setText(
                        alert.note == null ? why : why + "\n" + getString(R.string.mentor_alert_note, alert.note));
            } else {
                headline.setText(getString(
                        R.string.mentor_alert_overdue_line,
                        labels.daysOverdue(alert.daysOverdue),
                        Labels.planKind(this, alert.reason)));
                headline.setTextColor(getColor(R.color.warning));
                reason.setVisibility(View.GONE);
            }
            ((TextView) row.findViewById(R.id.name)).setText(name);
            TextView acknowledged = row.findViewById(R.id.acknowledged);
            String ack = labels.acknowledgement(alert.acknowledgement);
            acknowledged.setText(ack == null ? "" : ack);
            acknowledged.setVisibility(ack == null ? View.GONE : View.VISIBLE);
            row.setContentDescription(name + ". " + headline.getText()
                    + (reason.getVisibility() == View.VISIBLE ? ". " + reason.getText() : "")
                    + (ack == null ? "" : ". " + ack));
            row.setOnClickListener(v -> presenter.select(alert));
        }
    }

    @Override
    public void openMentee(String caseId, String fullName) {
        startActivity(MenteeActivity.intent(this, caseId, fullName, null, null));
    }
}
