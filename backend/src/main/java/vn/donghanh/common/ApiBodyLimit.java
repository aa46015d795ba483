package vn.donghanh.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.ContentLengthExceededException;

/**
 * The API's own body limit ({@code donghanh.api.max-body-size}, 1 MB). The server's
 * {@code micronaut.server.max-request-size} is larger because the console's Excel import takes a
 * file of up to 5 MB; API bodies are JSON and keep the smaller limit: a body that announces a larger
 * length is refused with 413 before it is read, as the server's limit refuses it (the same problem).
 * A chunked body (no Content-Length) is bounded only by the server's 16 MB.
 */
@ServerFilter("/api/**")
public class ApiBodyLimit {
    private final long maxBytes;

    public ApiBodyLimit(@Value("${donghanh.api.max-body-size:1MB}") @ReadableBytes long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @RequestFilter
    public void refuseLargeBodies(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > maxBytes) {
            throw new ContentLengthExceededException(maxBytes, length);
        }
    }
}
