package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

/** The training screen: the course list, or one course with its lessons, quiz and result. */
public interface TrainingView extends BaseView {
    void render(TrainingModel model);
}
