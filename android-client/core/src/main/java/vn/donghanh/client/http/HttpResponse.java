package vn.donghanh.client.http;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Status, headers (case-insensitive names) and the body decoded as UTF-8. */
public final class HttpResponse {
    public final int status;
    public final String body;
    private final Map<String, String> headers;

    public HttpResponse(int status, Map<String, String> headers, String body) {
        this.status = status;
        this.body = body == null ? "" : body;
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = Collections.unmodifiableMap(copy);
    }

    /** The header's value, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
