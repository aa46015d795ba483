package vn.donghanh.client.lock;

/** For tests. */
public final class InMemoryAppLockStore implements AppLockStore {
    private String json;

    @Override
    public synchronized String load() {
        return json;
    }

    @Override
    public synchronized void save(String json) {
        this.json = json;
    }

    @Override
    public synchronized void clear() {
        json = null;
    }
}
