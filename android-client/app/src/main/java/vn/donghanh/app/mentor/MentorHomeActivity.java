package vn.donghanh.app.mentor;

import android.content.Intent;
import android.content.res.ColorStateList;
import android.content.res.TypedArray;
import android.graphics.Color;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.club.ModeratedClubsActivity;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.mentor.MenteeRow;
import vn.donghanh.client.presenter.mentor.MentorHomeModel;
import vn.donghanh.client.presenter.mentor.MentorHomePresenter;
import vn.donghanh.client.presenter.mentor.MentorHomeView;

/** The mentor's mentees (help waiting first, then overdue) and the alerts button with its count. */
public class MentorHomeActivity extends ScreenActivity implements MentorHomeView {
    private MentorHomePresenter presenter;
    private Formats formats;
    private MentorLabels labels;
    /** The button's own text colour, restored when no help request waits any more. */
    private int plainText;

    private boolean tinted;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_mentor_home);
        formats = new Formats(this, client().zone());
        labels = new MentorLabels(this, client().zone());
        findViewById(R.id.sign_out).setOnClickListener(v -> signOut());
        Button alertsButton = findViewById(R.id.alerts);
        plainText = alertsButton.getCurrentTextColor();
        findViewById(R.id.alerts).setOnClickListener(v -> startActivity(new Intent(this, AlertsActivity.class)));
        findViewById(R.id.training).setOnClickListener(v -> startActivity(new Intent(this, TrainingActivity.class)));
        findViewById(R.id.clubs).setOnClickListener(v -> startActivity(new Intent(this, ModeratedClubsActivity.class)));
        presenter = whileShown(new MentorHomePresenter(this, client()), MentorHomePresenter::start);
    }

    @Override
    public void render(MentorHomeModel model) {
        long now = client().clock().nowMillis();
        Button alerts = findViewById(R.id.alerts);
        String label = model.openHelpRequests > 0
                ? getString(R.string.mentor_alerts_button_help, model.alertsCount())
                : model.alertsCount() > 0
                        ? getString(R.string.mentor_alerts_button_count, model.alertsCount())
                        : getString(R.string.mentor_alerts_button);
        alerts.setText(label);
        alerts.setContentDescription(label);
        if (model.openHelpRequests > 0) {
            alerts.setBackgroundTintList(ColorStateList.valueOf(getColor(R.color.help)));
            alerts.setTextColor(Color.WHITE);
            tinted = true;
        } else if (tinted) {
            // A null tint would leave the button white: back to the theme's button colour.
            TypedArray normal = obtainStyledAttributes(new int[] {android.R.attr.colorButtonNormal});
            alerts.setBackgroundTintList(normal.getColorStateList(0));
            normal.recycle();
            alerts.setTextColor(plainText);
            tinted = false;
        }

        TextView notSendable = findViewById(R.id.not_sendable);
        notSendable.setVisibility(model.notSendable > 0 ? View.VISIBLE : View.GONE);
        notSendable.setText(model.notSendable > 0 ? Labels.unsent(this, model.notSendable, model.notSendable) : "");
        linkUnsent(notSendable, model.notSendable);

        TextView offline = findViewById(R.id.offline);
        offline.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        if (model.offline) {
            String asOf = model.asOfMillis == null ? null : labels.asOf(model.asOfMillis, now);
            offline.setText(
                    asOf == null
                            ? getString(R.string.mentor_offline_unknown)
                            : model.overdueKnown
                                    ? getString(R.string.mentor_offline_as_of, asOf)
                                    : getString(R.string.mentor_offline_no_alerts_copy, asOf));
        }

        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, model.mentees.isEmpty(), R.string.no_mentees);
        for (MenteeRow m : model.mentees) {
            View row = Rows.add(list, R.layout.row_mentee);
            text(row, R.id.name, m.fullName);
            text(row, R.id.status, Labels.caseStatus(this, m.status));
            TextView overdue = row.findViewById(R.id.overdue);
            String state;
            int color;
            if (m.helpWaiting) {
                state = getString(R.string.mentor_row_help_waiting);
                color = R.color.help;
            } else if (!m.overdueKnown) {
                state = getString(R.string.mentor_row_overdue_unknown);
                color = R.color.warning;
            } else if (!m.overdue.isEmpty()) {
                state = getString(R.string.mentee_overdue, overdueKinds(m.overdue));
                color = R.color.help;
            } else if (model.offline && model.asOfMillis != null) {
                state = getString(R.string.mentor_row_on_time_as_of, labels.asOf(model.asOfMillis, now));
                color = R.color.primary_dark;
            } else {
                state = getString(R.string.mentee_all_well);
                color = R.color.primary_dark;
            }
            if (m.helpWaiting && m.overdueKnown && !m.overdue.isEmpty()) {
                state = state + "\n" + getString(R.string.mentee_overdue, overdueKinds(m.overdue));
            }
            overdue.setText(state);
            overdue.setTextColor(getColor(color));
            text(
                    row,
                    R.id.last_checkin,
                    m.lastCheckinAtMillis == null
                            ? getString(R.string.mentee_no_checkin)
                            : getString(R.string.mentee_last_checkin, formats.dateTime(m.lastCheckinAtMillis)));
            TextView unsent = row.findViewById(R.id.unsent);
            unsent.setText(m.unsentCount == 0 ? "" : getString(R.string.unsent_count, m.unsentCount));
            unsent.setVisibility(m.unsentCount == 0 ? View.GONE : View.VISIBLE);
            row.setContentDescription(m.fullName + ". " + state);
            row.setOnClickListener(v -> presenter.select(m.caseId));
        }
    }

    @Override
    public void openMentee(MenteeRow m) {
        startActivity(MenteeActivity.intent(this, m.caseId, m.fullName, m.phone, m.personAccountId));
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
