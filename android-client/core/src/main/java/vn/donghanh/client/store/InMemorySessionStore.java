package vn.donghanh.client.store;

import vn.donghanh.client.model.Session;
import vn.donghanh.client.model.SessionEnd;

/** For tests and tools; the app keeps the session in private storage. */
public final class InMemorySessionStore implements SessionStore {
    private volatile Session session;
    private volatile SessionEnd lastEnd;

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

    @Override
    public SessionEnd lastEnd() {
        return lastEnd;
    }

    @Override
    public void saveLastEnd(SessionEnd end) {
        lastEnd = end;
    }
}
