package vn.donghanh.app.storage;

import android.content.Context;
import android.content.SharedPreferences;
import vn.donghanh.client.store.TrainingStore;

/**
 * Downloaded training courses, answers being given and results, in private preferences (a few
 * courses of a few lessons each). commit(), not apply(): answers given offline must survive the
 * process dying before they are queued.
 */
public final class PrefsTrainingStore implements TrainingStore {
    static final String FILE = "training";
    private final SharedPreferences prefs;

    public PrefsTrainingStore(Context context) {
        this.prefs = context.getSharedPreferences(FILE, Context.MODE_PRIVATE);
    }

    @Override
    public synchronized void put(String key, String json) {
        prefs.edit().putString(key, json).commit();
    }

    @Override
    public synchronized String get(String key) {
        return prefs.getString(key, null);
    }

    @Override
    public synchronized void remove(String key) {
        prefs.edit().remove(key).commit();
    }

    @Override
    public synchronized void clear() {
        prefs.edit().clear().commit();
    }
}
