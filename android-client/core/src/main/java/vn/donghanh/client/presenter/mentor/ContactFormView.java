package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

public interface ContactFormView extends BaseView {
    enum Field {
        TYPE,
        SUMMARY,
        /** More than 30 days ago. */
        OCCURRED_TOO_LONG_AGO,
        /** Later than now. */
        OCCURRED_IN_FUTURE
    }

    void render(ContactFormModel model);

    void showInvalid(Field field);

    /** Saved on the phone; {@code sent} says whether it already reached the server. */
    void showContactSaved(boolean sent);
}
