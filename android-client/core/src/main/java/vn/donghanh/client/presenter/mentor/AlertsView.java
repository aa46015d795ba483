package vn.donghanh.client.presenter.mentor;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface AlertsView extends BaseView {
    /** Help requests first, then overdue check-ins, longest first. */
    void showAlerts(List<AlertRow> alerts, boolean offline);
}
