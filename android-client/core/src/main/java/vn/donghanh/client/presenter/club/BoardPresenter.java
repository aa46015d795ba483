package vn.donghanh.client.presenter.club;

import java.util.List;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.ClubApi;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.Presenter;

/** One club's board for a member: the newest posts, posting by alias, reporting a post with a reason. */
public final class BoardPresenter extends Presenter<BoardView> {
    public static final int MAX_TEXT = 1000;
    private final ClubApi clubs;
    private final String clubId;

    public BoardPresenter(BoardView view, DongHanhClient client, String clubId) {
        super(view, client);
        this.clubs = new ClubApi(client.api().client());
        this.clubId = clubId;
    }

    public void start() {
        load(() -> clubs.posts(clubId), BoardView::showPosts);
    }

    public void post(String text) {
        final String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > MAX_TEXT) {
            if (view() != null) {
                view().showTextProblem(!t.isEmpty());
            }
            return;
        }
        load(
                () -> {
                    clubs.post(clubId, t);
                    return clubs.posts(clubId);
                },
                (BoardView v, List<ClubPost> posts) -> {
                    v.showPosted();
                    v.showPosts(posts);
                });
    }

    public void report(final String postId, String reason) {
        final String r = reason == null || reason.trim().isEmpty() ? null : reason.trim();
        if (r == null) {
            if (view() != null) {
                view().showTextProblem(false);
            }
            return;
        }
        load(
                () -> {
                    clubs.report(clubId, postId, r);
                    return clubs.posts(clubId);
                },
                (BoardView v, List<ClubPost> posts) -> {
                    v.showReported(postId);
                    v.showPosts(posts);
                });
    }
}
