package vn.donghanh.client.lock;

/**
 * Where the app lock keeps its settings and counters (app: MODE_PRIVATE preferences, cleared at
 * sign-out). One JSON text; {@code save} must be durable when it returns, so a wrong-try count
 * survives killing the app.
 */
public interface AppLockStore {
    /** The saved text, or null when nothing was saved. */
    String load();

    void save(String json);

    void clear();
}
