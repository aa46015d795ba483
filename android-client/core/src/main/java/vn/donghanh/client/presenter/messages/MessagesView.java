package vn.donghanh.client.presenter.messages;

import java.util.List;
import vn.donghanh.client.presenter.BaseView;

public interface MessagesView extends BaseView {
    /** Oldest first; unsent messages last, marked. */
    void showMessages(List<MessageRow> messages, boolean offline);

    /**
     * Offline: when the shown messages were last synced (null: never), so the screen says how old
     * they are. Called before {@link #showMessages} when offline.
     */
    default void showSyncedAt(Long syncedAtMillis) {}
}
