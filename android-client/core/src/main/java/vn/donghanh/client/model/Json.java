package vn.donghanh.client.model;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import vn.donghanh.client.time.Rfc3339;

/**
 * Reading helpers over the subset of org.json that Android's platform copy has. Absent and
 * {@code null} properties read as Java null (Android's {@code optString} would give "" or "null").
 */
public final class Json {
    private Json() {}

    public static JSONObject parse(String text) {
        try {
            return new JSONObject(text);
        } catch (JSONException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    public static JSONArray parseArray(String text) {
        try {
            return new JSONArray(text);
        } catch (JSONException e) {
            throw new IllegalArgumentException("not a JSON array", e);
        }
    }

    public static String string(JSONObject o, String key) {
        if (o == null || !o.has(key) || o.isNull(key)) {
            return null;
        }
        return String.valueOf(o.opt(key));
    }

    public static Integer integer(JSONObject o, String key) {
        if (o == null || !o.has(key) || o.isNull(key)) {
            return null;
        }
        return o.optInt(key);
    }

    public static long longValue(JSONObject o, String key, long fallback) {
        if (o == null || !o.has(key) || o.isNull(key)) {
            return fallback;
        }
        return o.optLong(key, fallback);
    }

    public static boolean bool(JSONObject o, String key) {
        return o != null && o.has(key) && !o.isNull(key) && o.optBoolean(key);
    }

    /** An RFC 3339 instant as epoch millis, or null when absent. */
    public static Long instant(JSONObject o, String key) {
        String s = string(o, key);
        return s == null ? null : Rfc3339.parse(s);
    }

    public static JSONObject object(JSONObject o, String key) {
        if (o == null || !o.has(key) || o.isNull(key)) {
            return null;
        }
        return o.optJSONObject(key);
    }

    public static List<String> strings(JSONObject o, String key) {
        List<String> out = new ArrayList<>();
        JSONArray a = o == null ? null : o.optJSONArray(key);
        if (a != null) {
            for (int i = 0; i < a.length(); i++) {
                out.add(a.optString(i));
            }
        }
        return out;
    }

    public static List<JSONObject> objects(JSONArray a) {
        List<JSONObject> out = new ArrayList<>();
        for (int i = 0; a != null && i < a.length(); i++) {
            JSONObject item = a.optJSONObject(i);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** put() that declares no checked exception (Android's put throws JSONException). */
    /** Reads one model from its JSON; each model class has a static {@code from(JSONObject)}. */
    public interface Reader<T> {
        T from(JSONObject o);
    }

    /** The objects of {@code a} (null: none) read into models, in order. */
    public static <T> List<T> list(JSONArray a, Reader<T> reader) {
        List<T> out = new ArrayList<>();
        for (JSONObject o : objects(a)) {
            out.add(reader.from(o));
        }
        return out;
    }

    public static JSONObject put(JSONObject o, String key, Object value) {
        try {
            return o.put(key, value == null ? JSONObject.NULL : value);
        } catch (JSONException e) {
            throw new IllegalArgumentException(key, e);
        }
    }
}
