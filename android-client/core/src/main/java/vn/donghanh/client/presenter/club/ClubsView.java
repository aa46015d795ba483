package vn.donghanh.client.presenter.club;

import java.util.List;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.presenter.BaseView;

/** "Câu lạc bộ": the clubs of the person's commune, join under an alias, leave. */
public interface ClubsView extends BaseView {
    void showClubs(List<Club> clubs);

    void showAliasProblem(String clubId, AliasProblem problem);

    void showJoined(String clubId);

    void showLeft(String clubId);
}
