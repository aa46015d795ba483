package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

public interface MenteeView extends BaseView {
    void render(MenteeModel model);

    void dial(String phone);

    void openMessages(String caseId, String withAccountId);

    void openContactForm(String caseId, String fullName);

    void openReferral(String caseId, String fullName);

    /** "Tôi đang lo" saved on the phone; {@code sent} says whether it already reached the server. */
    void showAcknowledged(boolean sent);
}
