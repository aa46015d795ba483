package vn.donghanh.app;

import android.content.Context;
import android.content.SharedPreferences;

/**
 * The backend's base URL: the build-time default (res/values/config.xml, the emulator's view of
 * the developer machine) unless changed in the sign-in screen's advanced field.
 */
public final class ServerSettings {
    private static final String KEY_BASE_URL = "base_url";
    private final SharedPreferences prefs;
    private final String defaultBaseUrl;

    ServerSettings(Context context) {
        this.prefs = context.getSharedPreferences("settings", Context.MODE_PRIVATE);
        this.defaultBaseUrl = context.getString(R.string.default_base_url);
    }

    public String baseUrl() {
        return prefs.getString(KEY_BASE_URL, defaultBaseUrl);
    }

    /** Blank means "back to the default". */
    public void setBaseUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        if (trimmed.isEmpty() || trimmed.equals(defaultBaseUrl)) {
            prefs.edit().remove(KEY_BASE_URL).commit();
        } else {
            prefs.edit().putString(KEY_BASE_URL, trimmed).commit();
        }
    }
}
