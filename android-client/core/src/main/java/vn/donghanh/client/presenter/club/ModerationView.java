package vn.donghanh.client.presenter.club;

import java.util.List;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.BaseView;

/** One club as its moderator sees it: the reported posts first (with the members' reasons), then the board. */
public interface ModerationView extends BaseView {
    /**
     * {@code reported}: those still shown to members first, then those hidden already; {@code board}: every post,
     * hidden ones included (with why).
     */
    void showPosts(List<ClubPost> reported, List<ClubPost> board);

    /** The reason to hide {@code postId} is missing ({@code serverWords} null) or the server refused it (its words). */
    void showReasonProblem(String postId, String serverWords);

    void showHidden(String postId);
}
