package vn.donghanh.client.store;

import java.util.List;
import vn.donghanh.client.outbox.OutboxOperation;

/**
 * Durable queue of operations created on the phone and not yet accepted by the server (app:
 * a SQLite table). Every method must be durable when it returns, so nothing is lost if the app is
 * killed. Implementations must be thread-safe.
 */
public interface OutboxStore {
    /** Appends; an operation with the same id replaces the old one in place. */
    void add(OutboxOperation operation);

    /** Every operation, pending and failed, oldest first (the order they were added in). */
    List<OutboxOperation> list();

    /** Replaces the operation with the same id, keeping its position. */
    void update(OutboxOperation operation);

    void remove(String id);
}
