package vn.donghanh.app.lock;

import android.content.Context;
import android.content.SharedPreferences;
import vn.donghanh.client.lock.AppLockStore;

/**
 * Core's app lock state (PIN hash, idle time, wrong-try count) in MODE_PRIVATE preferences, apart
 * from the session; excluded from backups like everything else (allowBackup=false). Cleared at sign-out.
 */
public final class PrefsAppLockStore implements AppLockStore {
    private static final String KEY = "state";
    private final SharedPreferences prefs;

    public PrefsAppLockStore(Context context) {
        this.prefs = context.getSharedPreferences("app_lock", Context.MODE_PRIVATE);
    }

    @Override
    public String load() {
        return prefs.getString(KEY, null);
    }

    @Override
    public void save(String json) {
        // commit, not apply: a wrong-try count must survive the app being killed right after.
        prefs.edit().putString(KEY, json).commit();
    }

    @Override
    public void clear() {
        prefs.edit().clear().commit();
    }
}
