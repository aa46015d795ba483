package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

public interface MenteeView extends BaseView {
    enum Field {
        SUMMARY,
        TYPE
    }

    void render(MenteeModel model);

    void showInvalid(Field field);

    /** Saved on the phone; {@code sent} says whether it already reached the server. */
    void showContactSaved(boolean sent);
}
