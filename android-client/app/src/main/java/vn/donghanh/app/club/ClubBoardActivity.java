package vn.donghanh.app.club;

import android.app.AlertDialog;
import android.os.Bundle;
import android.view.View;
import android.widget.Button;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.club.BoardPresenter;
import vn.donghanh.client.presenter.club.BoardView;

/** A club's board: renders BoardPresenter's posts (by alias), sends a post, asks why before reporting one. */
public class ClubBoardActivity extends ScreenActivity implements BoardView {
    public static final String CLUB_ID = "clubId";
    private BoardPresenter presenter;
    private Formats formats;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.board_title);
        setContentView(R.layout.activity_club_board);
        formats = new Formats(this, client().zone());
        presenter = whileShown(
                new BoardPresenter(this, client(), getIntent().getStringExtra(CLUB_ID)), BoardPresenter::start);
        findViewById(R.id.send)
                .setOnClickListener(v -> presenter.post(
                        ((EditText) findViewById(R.id.text)).getText().toString()));
    }

    @Override
    public void showPosts(List<ClubPost> posts) {
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, posts.isEmpty(), R.string.board_empty);
        for (ClubPost p : posts) {
            View row = Rows.add(list, R.layout.row_club_post);
            ((TextView) row.findViewById(R.id.alias))
                    .setText(p.yours ? p.alias + " " + getString(R.string.board_yours) : p.alias);
            ((TextView) row.findViewById(R.id.text)).setText(p.text);
            ((TextView) row.findViewById(R.id.when)).setText(formats.dateTime(p.postedAtMillis));
            Button report = row.findViewById(R.id.report);
            report.setVisibility(p.yours ? View.GONE : View.VISIBLE);
            report.setEnabled(!p.reportedByYou);
            report.setText(p.reportedByYou ? R.string.board_reported : R.string.board_report);
            report.setOnClickListener(v -> askWhy(p.id));
        }
    }

    private void askWhy(String postId) {
        EditText reason = new EditText(this);
        reason.setMinLines(2);
        new AlertDialog.Builder(this)
                .setTitle(R.string.board_report_title)
                .setView(reason)
                .setPositiveButton(
                        R.string.board_report_send,
                        (d, w) -> presenter.report(postId, reason.getText().toString()))
                .setNegativeButton(R.string.board_cancel, null)
                .show();
    }

    @Override
    public void showTextProblem(boolean tooLong) {
        TextView why = findViewById(R.id.text_problem);
        why.setVisibility(View.VISIBLE);
        why.setText(tooLong ? R.string.board_text_long : R.string.board_text_empty);
    }

    @Override
    public void showPosted() {
        ((EditText) findViewById(R.id.text)).setText("");
        findViewById(R.id.text_problem).setVisibility(View.GONE);
        notice(R.string.board_posted);
    }

    @Override
    public void showReported(String postId) {
        notice(R.string.board_reported_thanks);
    }

    private void notice(int text) {
        TextView notice = findViewById(R.id.notice);
        notice.setVisibility(View.VISIBLE);
        notice.setText(text);
    }
}
