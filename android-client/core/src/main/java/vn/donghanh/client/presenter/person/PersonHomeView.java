package vn.donghanh.client.presenter.person;

import vn.donghanh.client.presenter.BaseView;

public interface PersonHomeView extends BaseView {
    void render(PersonHomeModel model);

    /** The check-in is saved on the phone; {@code sent} says whether it already reached the server. */
    void showCheckinSaved(boolean sent);

    /** The help request is saved; when not {@code sent}, suggest calling the mentor now. */
    void showHelpRequestSaved(boolean sent);

    /** Open the dialer (ACTION_DIAL) with this number. */
    void dial(String phone);

    /** Open the conversation with the mentor. */
    void openMessages(String caseId, String mentorAccountId);

    void openSignIn();
}
