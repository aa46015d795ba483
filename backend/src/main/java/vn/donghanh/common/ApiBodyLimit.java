package vn.donghanh.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;

/**
 * The API's own body limit ({@code donghanh.api.max-body-size}, 1 MB). The server's
 * {@code micronaut.server.max-request-size} is larger because the console's Excel import takes a
 * file of up to 5 MB; API bodies are JSON and keep the smaller limit: a body that announces a larger
 * length is refused with 413 before it is read, as the server's limit refuses it (the same problem).
 */
@ServerFilter("/api/**")
public class ApiBodyLimit {
    private final long maxBytes;

    public ApiBodyLimit(@Value("${donghanh.api.max-body-size:1MB}") String maxBodySize) {
        this.maxBytes = bytes(maxBodySize);
    }

    /** "1MB", "512KB" or a number of bytes. */
    static long bytes(String size) {
        String s = size.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.endsWith("MB")) {
            return Long.parseLong(s.substring(0, s.length() - 2).strip()) * 1024 * 1024;
        }
        if (s.endsWith("KB")) {
            return Long.parseLong(s.substring(0, s.length() - 2).strip()) * 1024;
        }
        return Long.parseLong(s);
    }

    @RequestFilter
    public void refuseLargeBodies(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > maxBytes) {
            throw new ContentLengthExceededException(maxBytes, length);
        }
    }
}
