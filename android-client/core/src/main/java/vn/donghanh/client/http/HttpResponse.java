package vn.donghanh.client.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Status, headers (case-insensitive names) and the body, both as it came ({@link #bytes}: a PDF
 * stays intact) and decoded as UTF-8 ({@link #body}: JSON and problem details).
 */
public final class HttpResponse {
    public final int status;
    public final String body;
    private final byte[] bytes;
    private final Map<String, String> headers;

    public HttpResponse(int status, Map<String, String> headers, String body) {
        this(status, headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse(int status, Map<String, String> headers, byte[] bytes) {
        this.status = status;
        this.bytes = bytes == null ? new byte[0] : bytes;
        this.body = new String(this.bytes, StandardCharsets.UTF_8);
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = Collections.unmodifiableMap(copy);
    }

    /** The body exactly as received (a copy: the response stays as it came). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The header's value, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
