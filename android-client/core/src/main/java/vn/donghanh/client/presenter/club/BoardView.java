package vn.donghanh.client.presenter.club;

import java.util.List;
import vn.donghanh.client.model.ClubPost;
import vn.donghanh.client.presenter.BaseView;

/** A club's board as a member sees it: posts by alias, write one, report one. */
public interface BoardView extends BaseView {
    void showPosts(List<ClubPost> posts);

    /** The text is empty or longer than {@link BoardPresenter#MAX_TEXT}. */
    void showTextProblem(boolean tooLong);

    void showPosted();

    void showReported(String postId);
}
