package vn.donghanh.client.presenter.officer;

import vn.donghanh.client.presenter.BaseView;

public interface CaseTimelineView extends BaseView {
    /** Every event of the case in order (registration, edits, status changes, mentors...). */
    void render(CaseTimelineModel model);
}
