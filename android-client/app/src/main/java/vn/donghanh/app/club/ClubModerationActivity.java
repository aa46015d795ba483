package vn.donghanh.app.club;

import android.os.Bundle;
import android.text.TextUtils;
import android.view.View;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.club.ModerationPresenter;
import vn.donghanh.client.presenter.club.ModerationView;

/**
 * One club for its moderator: renders ModerationPresenter's reported posts (with the members' reasons and a hide
 * form asking why) above the whole board; the reason's problem, the phone's or the server's, shows under its field.
 */
public class ClubModerationActivity extends ScreenActivity implements ModerationView {
    public static final String CLUB_ID = "clubId";
    public static final String CLUB_NAME = "clubName";
    private ModerationPresenter presenter;
    private Formats formats;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        // The club's name is long ("Câu lạc bộ đồng đẳng …"): it goes in the page, where it wraps, not in the bar.
        setTitle(R.string.moderation_title);
        setContentView(R.layout.activity_club_moderation);
        String name = getIntent().getStringExtra(CLUB_NAME);
        TextView heading = findViewById(R.id.club_name);
        heading.setVisibility(name == null ? View.GONE : View.VISIBLE);
        heading.setText(name);
        formats = new Formats(this, client().zone());
        presenter = whileShown(
                new ModerationPresenter(this, client(), getIntent().getStringExtra(CLUB_ID)),
                ModerationPresenter::start);
    }

    @Override
    public void showPosts(List<ClubPost> reported, List<ClubPost> board) {
        LinearLayout queue = findViewById(R.id.reported);
        Rows.reset(queue, reported.isEmpty(), R.string.moderation_reported_empty);
        for (ClubPost p : reported) {
            View row = row(queue, p);
            row.setTag(p.id);
            if (!p.hidden) {
                row.findViewById(R.id.hide_part).setVisibility(View.VISIBLE);
                EditText reason = row.findViewById(R.id.reason);
                row.findViewById(R.id.hide)
                        .setOnClickListener(
                                v -> presenter.hide(p.id, reason.getText().toString()));
            }
        }
        LinearLayout all = findViewById(R.id.board);
        Rows.reset(all, board.isEmpty(), R.string.board_empty);
        for (ClubPost p : board) {
            row(all, p);
        }
    }

    private View row(LinearLayout list, ClubPost p) {
        View row = Rows.add(list, R.layout.row_moderated_post);
        ((TextView) row.findViewById(R.id.alias)).setText(p.alias);
        ((TextView) row.findViewById(R.id.text)).setText(p.text);
        ((TextView) row.findViewById(R.id.when)).setText(formats.dateTime(p.postedAtMillis));
        TextView reasons = row.findViewById(R.id.reasons);
        reasons.setVisibility(p.reportCount > 0 ? View.VISIBLE : View.GONE);
        reasons.setText(getString(R.string.moderation_reasons, p.reportCount, TextUtils.join("; ", p.reportReasons)));
        TextView hidden = row.findViewById(R.id.hidden);
        hidden.setVisibility(p.hidden ? View.VISIBLE : View.GONE);
        hidden.setText(getString(R.string.moderation_hidden, p.hiddenReason == null ? "" : p.hiddenReason));
        return row;
    }

    @Override
    public void showReasonProblem(String postId, String serverWords) {
        View row = findViewById(R.id.reported).findViewWithTag(postId);
        if (row == null) {
            return;
        }
        TextView why = row.findViewById(R.id.reason_problem);
        why.setVisibility(View.VISIBLE);
        why.setText(serverWords == null ? getString(R.string.moderation_reason_required) : serverWords);
    }

    @Override
    public void showHidden(String postId) {
        TextView notice = findViewById(R.id.notice);
        notice.setVisibility(View.VISIBLE);
        notice.setText(R.string.moderation_hidden_done);
    }
}
