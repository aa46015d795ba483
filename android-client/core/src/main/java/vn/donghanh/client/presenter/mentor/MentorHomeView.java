package vn.donghanh.client.presenter.mentor;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface MentorHomeView extends BaseView {
    /** Mentees with something overdue first. {@code offline}: from local data only. */
    void showMentees(List<MenteeRow> mentees, boolean offline);

    void openMentee(String caseId);
}
