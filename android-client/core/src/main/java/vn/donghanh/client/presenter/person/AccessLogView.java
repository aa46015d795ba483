package vn.donghanh.client.presenter.person;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface AccessLogView extends BaseView {
    /**
     * Newest first. {@code known} false: never read online on this phone (say so, not "nobody").
     * {@code offline}: the copy read at {@code savedAtMillis}.
     */
    void showAccessLog(List<AccessLogRow> rows, boolean known, boolean offline, Long savedAtMillis);
}
