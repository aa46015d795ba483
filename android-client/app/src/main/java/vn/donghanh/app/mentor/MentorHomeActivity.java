package vn.donghanh.app.mentor;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.MenteeRow;
import vn.donghanh.client.presenter.mentor.MentorHomePresenter;
import vn.donghanh.client.presenter.mentor.MentorHomeView;

/** The mentor's mentees, the ones with something overdue (alerts) first. */
public class MentorHomeActivity extends ScreenActivity implements MentorHomeView {
    private MentorHomePresenter presenter;
    private Formats formats;
    /** Kept to open a mentee's page with their name, phone and account. */
    private List<MenteeRow> shown = new ArrayList<>();

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_list);
        ((TextView) findViewById(R.id.title)).setText(R.string.mentees_title);
        formats = new Formats(this, client().zone());
        View signOut = findViewById(R.id.sign_out);
        signOut.setVisibility(View.VISIBLE);
        signOut.setOnClickListener(v -> signOut());
        TextView alerts = findViewById(R.id.action);
        alerts.setText(R.string.alerts_title);
        alerts.setVisibility(View.VISIBLE);
        alerts.setOnClickListener(v -> startActivity(new Intent(this, AlertsActivity.class)));
        presenter = whileShown(new MentorHomePresenter(this, client()), MentorHomePresenter::start);
    }

    @Override
    public void showMentees(List<MenteeRow> mentees, boolean offline) {
        shown = mentees;
        findViewById(R.id.offline).setVisibility(offline ? View.VISIBLE : View.GONE);
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, mentees.isEmpty(), R.string.no_mentees);
        for (MenteeRow m : mentees) {
            View row = Rows.add(list, R.layout.row_mentee);
            text(row, R.id.name, m.fullName);
            text(row, R.id.status, Labels.caseStatus(this, m.status));
            TextView overdue = row.findViewById(R.id.overdue);
            overdue.setText(
                    m.overdue.isEmpty()
                            ? getString(R.string.mentee_all_well)
                            : getString(R.string.mentee_overdue, overdueKinds(m.overdue)));
            overdue.setTextColor(getColor(m.overdue.isEmpty() ? R.color.primary_dark : R.color.help));
            text(
                    row,
                    R.id.last_checkin,
                    m.lastCheckinAtMillis == null
                            ? getString(R.string.mentee_no_checkin)
                            : getString(R.string.mentee_last_checkin, formats.dateTime(m.lastCheckinAtMillis)));
            text(row, R.id.unsent, m.unsentCount == 0 ? "" : getString(R.string.unsent_count, m.unsentCount));
            row.setOnClickListener(v -> presenter.select(m.caseId));
        }
    }

    @Override
    public void openMentee(String caseId) {
        for (MenteeRow m : shown) {
            if (m.caseId.equals(caseId)) {
                startActivity(MenteeActivity.intent(this, m.caseId, m.fullName, m.phone, m.personAccountId));
                return;
            }
        }
    }

    private String overdueKinds(List<String> kinds) {
        StringBuilder out = new StringBuilder();
        for (String kind : kinds) {
            String label = Labels.planKind(this, kind);
            if (out.indexOf(label) < 0) {
                out.append(out.length() == 0 ? "" : ", ").append(label);
            }
        }
        return out.toString();
    }

    private static void text(View row, int id, CharSequence text) {
        ((TextView) row.findViewById(id)).setText(text);
    }
}
