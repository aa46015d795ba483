package vn.donghanh.app.officer;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.TimelineEntry;
import vn.donghanh.client.presenter.officer.CaseTimelinePresenter;
import vn.donghanh.client.presenter.officer.CaseTimelineView;

/** A case's timeline: registration, status changes, mentors... in order. */
public class CaseTimelineActivity extends ScreenActivity implements CaseTimelineView {
    private static final String EXTRA_CASE_ID = "caseId";

    private CaseTimelinePresenter presenter;
    private Formats formats;

    public static Intent intent(Context context, String caseId) {
        return new Intent(context, CaseTimelineActivity.class).putExtra(EXTRA_CASE_ID, caseId);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_list);
        ((TextView) findViewById(R.id.title)).setText(R.string.timeline_title);
        formats = new Formats(this, client().zone());
        presenter = whileShown(
                new CaseTimelinePresenter(this, client(), getIntent().getStringExtra(EXTRA_CASE_ID)),
                CaseTimelinePresenter::start);
    }

    @Override
    public void showTimeline(List<TimelineEntry> entries) {
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, entries.isEmpty(), R.string.nothing_yet);
        for (TimelineEntry e : entries) {
            String what = e.toStatus == null
                    ? e.type
                    : getString(
                            R.string.timeline_status_change,
                            Labels.caseStatus(this, e.fromStatus),
                            Labels.caseStatus(this, e.toStatus));
            StringBuilder line =
                    new StringBuilder(getString(R.string.timeline_line, formats.dateTime(e.occurredAtMillis), what));
            if (e.actorName != null) {
                line.append(" · ").append(e.actorName);
            }
            if (e.reason != null) {
                line.append("\n").append(e.reason);
            }
            Rows.addText(list, line);
        }
    }
}
