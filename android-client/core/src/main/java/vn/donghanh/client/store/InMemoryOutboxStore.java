package vn.donghanh.client.store;

import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.outbox.OutboxOperation;

/** For tests; see {@link FileOutboxStore} for one that survives a restart. */
public final class InMemoryOutboxStore implements OutboxStore {
    private final List<OutboxOperation> operations = new ArrayList<>();

    @Override
    public synchronized void add(OutboxOperation operation) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).id.equals(operation.id)) {
                operations.set(i, operation);
                return;
            }
        }
        operations.add(operation);
    }

    @Override
    public synchronized List<OutboxOperation> list() {
        return new ArrayList<>(operations);
    }

    @Override
    public synchronized void update(OutboxOperation operation) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).id.equals(operation.id)) {
                operations.set(i, operation);
                return;
            }
        }
    }

    @Override
    public synchronized void remove(String id) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).id.equals(id)) {
                operations.remove(i);
                return;
            }
        }
    }
}
