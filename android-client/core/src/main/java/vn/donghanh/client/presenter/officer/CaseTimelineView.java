package vn.donghanh.client.presenter.officer;

import java.util.List;
import vn.donghanh.client.model.TimelineEntry;
import vn.donghanh.client.presenter.BaseView;

public interface CaseTimelineView extends BaseView {
    /** Every event of the case in order (registration, edits, status changes, mentors...). */
    void showTimeline(List<TimelineEntry> entries);
}
