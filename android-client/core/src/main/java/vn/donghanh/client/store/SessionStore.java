package vn.donghanh.client.store;

import vn.donghanh.client.model.Session;
import vn.donghanh.client.model.SessionEnd;

/**
 * Where the signed-in session lives (app: private SharedPreferences; the refresh token is the
 * credential, so keep it out of backups). Implementations must be thread-safe.
 */
public interface SessionStore {
    /** The saved session, or null when signed out. */
    Session load();

    void save(Session session);

    void clear();

    /**
     * Why the last session was ended by the phone itself (the account was deactivated), for the
     * sign-in screen; null when the user signed out or signed in since.
     */
    SessionEnd lastEnd();

    /** Keeps {@code end} (null forgets it); it must survive the process dying, like the session. */
    void saveLastEnd(SessionEnd end);
}
