package vn.donghanh.app.club;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.CheckBox;
import android.widget.EditText;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.presenter.club.AliasProblem;
import vn.donghanh.client.presenter.club.ClubsPresenter;
import vn.donghanh.client.presenter.club.ClubsView;

/** "Câu lạc bộ": renders ClubsPresenter's list; joining, the board and leaving go to the presenter. */
public class ClubsActivity extends ScreenActivity implements ClubsView {
    private ClubsPresenter presenter;
    private Formats formats;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.clubs_title);
        setContentView(R.layout.activity_clubs);
        formats = new Formats(this, client().zone());
        presenter = whileShown(new ClubsPresenter(this, client()), ClubsPresenter::start);
    }

    @Override
    public void showClubs(List<Club> clubs) {
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, clubs.isEmpty(), R.string.clubs_empty);
        for (Club c : clubs) {
            View row = Rows.add(list, R.layout.row_club);
            row.setTag(c.id);
            ((TextView) row.findViewById(R.id.name)).setText(c.name);
            ((TextView) row.findViewById(R.id.about))
                    .setText(getString(
                            R.string.club_about, c.organisationName == null ? "" : c.organisationName, c.memberCount));
            TextView description = row.findViewById(R.id.description);
            description.setVisibility(c.description == null ? View.GONE : View.VISIBLE);
            description.setText(c.description);
            ((TextView) row.findViewById(R.id.next))
                    .setText(
                            c.nextMeetingAtMillis == null
                                    ? getString(R.string.club_no_next)
                                    : getString(R.string.club_next, formats.dateTime(c.nextMeetingAtMillis)));
            row.findViewById(R.id.join_part).setVisibility(c.member() ? View.GONE : View.VISIBLE);
            row.findViewById(R.id.member_part).setVisibility(c.member() ? View.VISIBLE : View.GONE);
            if (c.member()) {
                ((TextView) row.findViewById(R.id.you_are)).setText(getString(R.string.club_you_are, c.myAlias));
                row.findViewById(R.id.board)
                        .setOnClickListener(v -> startActivity(
                                new Intent(this, ClubBoardActivity.class).putExtra(ClubBoardActivity.CLUB_ID, c.id)));
                row.findViewById(R.id.leave).setOnClickListener(v -> presenter.leave(c.id));
            } else {
                EditText alias = row.findViewById(R.id.alias);
                CheckBox show = row.findViewById(R.id.show_name);
                row.findViewById(R.id.join)
                        .setOnClickListener(
                                v -> presenter.join(c.id, alias.getText().toString(), show.isChecked()));
            }
        }
    }

    @Override
    public void showAliasProblem(String clubId, AliasProblem problem) {
        View row = findViewById(R.id.list).findViewWithTag(clubId);
        if (row == null) {
            return;
        }
        TextView why = row.findViewById(R.id.alias_problem);
        why.setVisibility(View.VISIBLE);
        why.setText(words(problem));
    }

    private int words(AliasProblem problem) {
        switch (problem) {
            case LENGTH:
                return R.string.club_alias_length;
            case CHARACTERS:
                return R.string.club_alias_characters;
            case PHONE_NUMBER:
                return R.string.club_alias_phone;
            case TAKEN:
                return R.string.club_alias_taken;
            default:
                return R.string.club_alias_not_allowed;
        }
    }

    @Override
    public void showJoined(String clubId) {
        notice(R.string.club_joined);
    }

    @Override
    public void showLeft(String clubId) {
        notice(R.string.club_left);
    }

    private void notice(int text) {
        TextView notice = findViewById(R.id.notice);
        notice.setVisibility(View.VISIBLE);
        notice.setText(text);
    }
}
