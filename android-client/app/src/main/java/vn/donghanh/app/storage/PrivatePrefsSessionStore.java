package vn.donghanh.app.storage;

import android.content.Context;
import android.content.SharedPreferences;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.model.SessionEnd;
import vn.donghanh.client.store.SessionStore;

/**
 * The session (with its refresh token, the credential) as one string in private preferences:
 * MODE_PRIVATE keeps other apps out, android:allowBackup="false" keeps it out of backups.
 * commit() rather than apply(): a session that is "saved" must survive the process dying.
 */
public final class PrivatePrefsSessionStore implements SessionStore {
    static final String FILE = "session";
    private static final String KEY = "session";
    /** Why the phone ended the last session by itself (read by the sign-in screen). */
    private static final String LAST_END = "last_end";

    private final SharedPreferences prefs;

    public PrivatePrefsSessionStore(Context context) {
        this.prefs = context.getSharedPreferences(FILE, Context.MODE_PRIVATE);
    }

    @Override
    public synchronized Session load() {
        String json = prefs.getString(KEY, null);
        return json == null ? null : Session.fromJson(json);
    }

    @Override
    public synchronized void save(Session session) {
        prefs.edit().putString(KEY, session.toJson()).commit();
    }

    @Override
    public synchronized void clear() {
        prefs.edit().remove(KEY).commit();
    }

    @Override
    public synchronized SessionEnd lastEnd() {
        String json = prefs.getString(LAST_END, null);
        return json == null ? null : SessionEnd.fromJson(json);
    }

    @Override
    public synchronized void saveLastEnd(SessionEnd end) {
        if (end == null) {
            prefs.edit().remove(LAST_END).commit();
        } else {
            prefs.edit().putString(LAST_END, end.toJson()).commit();
        }
    }
}
