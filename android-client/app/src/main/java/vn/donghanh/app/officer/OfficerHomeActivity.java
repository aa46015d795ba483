package vn.donghanh.app.officer;

import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.Map;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.CommuneSummary;
import vn.donghanh.client.model.OverdueItem;
import vn.donghanh.client.presenter.officer.OfficerHomeModel;
import vn.donghanh.client.presenter.officer.OfficerHomePresenter;
import vn.donghanh.client.presenter.officer.OfficerHomeView;

/** The officer's overdue list (longest first, "Có mặt" per row) and the commune summary. */
public class OfficerHomeActivity extends ScreenActivity implements OfficerHomeView {
    private OfficerHomePresenter presenter;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_officer_home);
        presenter = whileShown(new OfficerHomePresenter(this, client()), OfficerHomePresenter::start);
        findViewById(R.id.refresh).setOnClickListener(v -> presenter.start());
        findViewById(R.id.sign_out).setOnClickListener(v -> signOut());
    }

    @Override
    public void render(OfficerHomeModel model) {
        ((TextView) findViewById(R.id.unsent)).setText(Labels.unsent(this, model.unsentCount, 0));
        LinearLayout overdue = findViewById(R.id.overdue);
        Rows.reset(overdue, model.overdue.isEmpty(), R.string.no_overdue);
        for (OverdueItem item : model.overdue) {
            View row = Rows.add(overdue, R.layout.row_overdue);
            TextView text = row.findViewById(R.id.overdue_text);
            text.setText(getString(R.string.overdue_line, item.fullName, (int) item.overdueHours) + "\n"
                    + Labels.planKind(this, item.kind));
            text.setOnClickListener(v -> presenter.select(item.caseId));
            row.findViewById(R.id.record_presence)
                    .setOnClickListener(v -> presenter.recordOfficePresence(item.caseId, null));
        }
        LinearLayout summary = findViewById(R.id.summary);
        Rows.reset(summary, model.communes.isEmpty(), R.string.nothing_yet);
        for (CommuneSummary c : model.communes) {
            Rows.addText(summary, c.name).setTextSize(20);
            Rows.addText(summary, getString(R.string.summary_cases, byStatus(c.byStatus)));
            Rows.addText(summary, getString(R.string.summary_compliance, percent(c.compliancePercentThisMonth)));
            Rows.addText(summary, getString(R.string.summary_mentor_coverage, percent(c.mentorCoveragePercent)));
            Rows.addText(summary, getString(R.string.summary_overdue, (int) c.overdueCases));
        }
    }

    @Override
    public void showPresenceSaved(boolean sent) {
        toast(sent ? R.string.presence_saved_sent : R.string.presence_saved_not_sent);
        presenter.start();
    }

    @Override
    public void openCase(String caseId) {
        startActivity(CaseTimelineActivity.intent(this, caseId));
    }

    private String percent(Integer value) {
        return value == null ? getString(R.string.unknown) : getString(R.string.percent, value);
    }

    /** "Đang quản lý 12, Tạm dừng 1". */
    private String byStatus(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() != null && e.getValue() > 0) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append(Labels.caseStatus(this, e.getKey()))
                        .append(' ')
                        .append(e.getValue());
            }
        }
        return out.length() == 0 ? "0" : out.toString();
    }
}
