package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

public interface MentorHomeView extends BaseView {
    void render(MentorHomeModel model);

    void openMentee(MenteeRow mentee);
}
