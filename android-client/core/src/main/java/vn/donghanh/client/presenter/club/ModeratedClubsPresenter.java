package vn.donghanh.client.presenter.club;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ClubApi;
import vn.donghanh.client.presenter.Presenter;

/** The clubs a mentor moderates: the same {@code GET /api/v1/clubs} a person calls answers a moderator with those. */
public final class ModeratedClubsPresenter extends Presenter<ModeratedClubsView> {
    private final ClubApi clubs;

    public ModeratedClubsPresenter(ModeratedClubsView view, DongHanhClient client) {
        super(view, client);
        this.clubs = new ClubApi(client.api().client());
    }

    public void start() {
        load(clubs::clubs, ModeratedClubsView::showClubs);
    }
}
