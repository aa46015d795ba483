package vn.donghanh.client.presenter.club;

import java.util.List;
import vn.donghanh.client.model.Club;
import vn.donghanh.client.presenter.BaseView;

/** A mentor's (or officer's) "Câu lạc bộ": the clubs they moderate, each opening its moderation screen. */
public interface ModeratedClubsView extends BaseView {
    void showClubs(List<Club> clubs);
}
