package vn.donghanh.app.club;

import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import android.widget.LinearLayout;
import android.widget.TextView;
import java.util.List;
import vn.donghanh.app.R;
import vn.donghanh.app.ui.Formats;
import vn.donghanh.app.ui.Rows;
import vn.donghanh.app.ui.ScreenActivity;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.presenter.club.ModeratedClubsPresenter;
import vn.donghanh.client.presenter.club.ModeratedClubsView;

/** A mentor's "Câu lạc bộ": renders the clubs they moderate; each opens {@link ClubModerationActivity}. */
public class ModeratedClubsActivity extends ScreenActivity implements ModeratedClubsView {
    private Formats formats;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setTitle(R.string.moderated_title);
        setContentView(R.layout.activity_moderated_clubs);
        formats = new Formats(this, client().zone());
        whileShown(new ModeratedClubsPresenter(this, client()), ModeratedClubsPresenter::start);
    }

    @Override
    public void showClubs(List<Club> clubs) {
        LinearLayout list = findViewById(R.id.list);
        Rows.reset(list, clubs.isEmpty(), R.string.moderated_empty);
        for (Club c : clubs) {
            View row = Rows.add(list, R.layout.row_moderated_club);
            ((TextView) row.findViewById(R.id.name)).setText(c.name);
            ((TextView) row.findViewById(R.id.about))
                    .setText(getString(
                            R.string.club_about, c.organisationName == null ? "" : c.organisationName, c.memberCount));
            ((TextView) row.findViewById(R.id.next))
                    .setText(
                            c.nextMeetingAtMillis == null
                                    ? getString(R.string.club_no_next)
                                    : getString(R.string.club_next, formats.dateTime(c.nextMeetingAtMillis)));
            row.findViewById(R.id.open)
                    .setOnClickListener(v -> startActivity(new Intent(this, ClubModerationActivity.class)
                            .putExtra(ClubModerationActivity.CLUB_ID, c.id)
                            .putExtra(ClubModerationActivity.CLUB_NAME, c.name)));
        }
    }
}
