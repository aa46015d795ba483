package vn.donghanh.client.presenter.unsent;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface UnsentView extends BaseView {
    /** Oldest first; empty when everything was sent. */
    void showItems(List<UnsentRow> items);

    /** A message or a contact summary cannot be sent empty: nothing was changed. */
    void showTextRequired();
}
