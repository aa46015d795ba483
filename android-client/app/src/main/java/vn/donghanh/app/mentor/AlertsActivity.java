package vn.donghanh.app.mentor;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.AlertRow;
import vn.donghanh.client.presenter.mentor.AlertsPresenter;
import vn.donghanh.client.presenter.mentor.AlertsView;

/** Help requests (first, in red) and missed check-ins; a tap opens the mentee's page. */
public class AlertsActivity extends ScreenActivity implements AlertsView {
    private AlertsPresenter presenter;
    private Formats formats;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_list);
        ((TextView) findViewById(R.id.title)).setText(R.string.alerts_title);
        formats = new Formats(this, client().zone());
        presenter = whileShown(new AlertsPresenter(this, client()), AlertsPresenter::start);
    }

    @Override
    public void showAlerts(List<AlertRow> alerts, boolean offline) {
        findViewById(R.id.offline).setVisibility(offline ? View.VISIBLE : View.GONE);
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, alerts.isEmpty(), R.string.no_alerts);
        for (AlertRow alert : alerts) {
            String since = formats.dateTime(alert.sinceMillis);
            String line = getString(
                    alert.kind == AlertRow.Kind.HELP_REQUEST ? R.string.alert_help : R.string.alert_overdue, since);
            TextView row = Rows.addText(list, alert.fullName == null ? line : alert.fullName + "\n" + line);
            row.setMinHeight(getResources().getDimensionPixelSize(R.dimen.touch_target));
            if (alert.highPriority) {
                row.setTextColor(getColor(R.color.help));
            }
            row.setOnClickListener(
                    v -> startActivity(MenteeActivity.intent(this, alert.caseId, alert.fullName, null, null)));
        }
    }
}
