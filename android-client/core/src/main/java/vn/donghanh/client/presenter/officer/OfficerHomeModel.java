package vn.donghanh.client.presenter.officer;

import java.util.List;
import vn.donghanh.client.model.CommuneSummary;
import vn.donghanh.client.model.OverdueItem;

/** The officer's main screen: the overdue list (longest first) and the commune summaries. */
public final class OfficerHomeModel {
    public final List<OverdueItem> overdue;
    /** Cases by status, % compliant this month, mentor coverage, per commune. */
    public final List<CommuneSummary> communes;
    /** Office presences recorded here and not yet sent. */
    public final int unsentCount;

    public OfficerHomeModel(List<OverdueItem> overdue, List<CommuneSummary> communes, int unsentCount) {
        this.overdue = overdue;
        this.communes = communes;
        this.unsentCount = unsentCount;
    }
}
