package vn.donghanh.app.officer;

import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Labels;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.presenter.officer.CaseTimelineModel;
import vn.donghanh.client.presenter.officer.CaseTimelinePresenter;
import vn.donghanh.client.presenter.officer.CaseTimelineView;
import vn.donghanh.client.presenter.officer.TimelineRow;

/** A case's timeline in plain words: registration, status changes, mentors... oldest first. */
public class CaseTimelineActivity extends ScreenActivity implements CaseTimelineView {
    private static final String EXTRA_CASE_ID = "caseId";

    private CaseTimelinePresenter presenter;
    private OfficerTexts texts;

    public static Intent intent(Context context, String caseId) {
        return new Intent(context, CaseTimelineActivity.class).putExtra(EXTRA_CASE_ID, caseId);
    }

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_case_timeline);
        texts = new OfficerTexts(this, client().zone());
        presenter = whileShown(
                new CaseTimelinePresenter(this, client(), getIntent().getStringExtra(EXTRA_CASE_ID)),
                CaseTimelinePresenter::start);
        findViewById(R.id.retry).setOnClickListener(v -> presenter.start());
    }

    @Override
    public void render(CaseTimelineModel model) {
        TextView notice = findViewById(R.id.copy_notice);
        if (model.nothingStored()) {
            notice.setText(R.string.officer_timeline_nothing);
        } else if (model.offline && model.copy != null) {
            notice.setText(texts.copyNotice(model.copy));
        }
        notice.setVisibility(model.offline ? View.VISIBLE : View.GONE);
        // Offline, a way to try again without leaving the screen.
        findViewById(R.id.retry).setVisibility(model.offline ? View.VISIBLE : View.GONE);
        findViewById(R.id.title).setVisibility(model.nothingStored() ? View.GONE : View.VISIBLE);
        LinearLayout list = findViewById(R.id.list);
        list.removeAllViews();
        if (model.rows == null) {
            return;
        }
        if (model.rows.isEmpty()) {
            Rows.addText(list, getString(R.string.nothing_yet));
        }
        for (TimelineRow e : model.rows) {
            View row = Rows.add(list, R.layout.row_timeline);
            ((TextView) row.findViewById(R.id.timeline_when)).setText(texts.dateTime(e.occurredAtMillis));
            ((TextView) row.findViewById(R.id.timeline_what))
                    .setText(Labels.timelineEvent(this, e.type, e.fromStatus, e.toStatus, e.subject));
            show(
                    row.findViewById(R.id.timeline_reason),
                    e.reason == null ? null : getString(R.string.timeline_reason, e.reason));
            show(
                    row.findViewById(R.id.timeline_by),
                    e.actorName == null ? null : getString(R.string.timeline_by, e.actorName));
        }
    }

    private static void show(View view, String text) {
        TextView t = (TextView) view;
        t.setText(text);
        t.setVisibility(text == null ? View.GONE : View.VISIBLE);
    }
}
