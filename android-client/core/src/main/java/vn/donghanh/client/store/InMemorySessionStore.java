package vn.donghanh.client.store;

import vn.donghanh.client.model.Session;

/** For tests and tools; the app keeps the session in private storage. */
public final class InMemorySessionStore implements SessionStore {
    private volatile Session session;

    @Override
    public Session load() {
        return session;
    }

    @Override
    public void save(Session session) {
        this.session = session;
    }

    @Override
    public void clear() {
        session = null;
    }
}
