package vn.donghanh.client.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request: method, absolute URL, headers and an optional UTF-8 JSON body. */
public final class HttpRequest {
    public final String method;
    public final String url;
    public final Map<String, String> headers;
    /** Null for no body. */
    public final String body;

    public HttpRequest(String method, String url, Map<String, String> headers, String body) {
        this.method = method;
        this.url = url;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body;
    }
}
