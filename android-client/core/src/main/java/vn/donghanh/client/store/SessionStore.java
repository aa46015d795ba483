package vn.donghanh.client.store;

import vn.donghanh.client.model.Session;

/**
 * Where the signed-in session lives (app: private SharedPreferences; the refresh token is the
 * credential, so keep it out of backups). Implementations must be thread-safe.
 */
public interface SessionStore {
    /** The saved session, or null when signed out. */
    Session load();

    void save(Session session);

    void clear();
}
