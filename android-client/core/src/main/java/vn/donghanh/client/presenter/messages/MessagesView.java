package vn.donghanh.client.presenter.messages;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface MessagesView extends BaseView {
    /** Oldest first; unsent messages last, marked. */
    void showMessages(List<MessageRow> messages, boolean offline);
}
