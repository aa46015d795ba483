package vn.donghanh.client.presenter.officer;

import vn.donghanh.client.presenter.BaseView;

public interface OfficerHomeView extends BaseView {
    void render(OfficerHomeModel model);

    /** Saved on the phone; {@code sent} says whether it already reached the server. */
    void showPresenceSaved(boolean sent);

    void openCase(String caseId);
}
