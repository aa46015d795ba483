package vn.donghanh.client.outbox;

/** Told whenever the queue changes (queued, sent, failed), e.g. to refresh an "unsent" badge. */
public interface OutboxListener {
    void onOutboxChanged();
}
