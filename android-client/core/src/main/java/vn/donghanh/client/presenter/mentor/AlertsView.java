package vn.donghanh.client.presenter.mentor;

import vn.donghanh.client.presenter.BaseView;

public interface AlertsView extends BaseView {
    void render(AlertsModel model);

    /** A row was tapped: the mentee's page, with the name already known. */
    void openMentee(String caseId, String fullName);
}
