package vn.donghanh.client.http;

import java.io.IOException;

/**
 * Sends a request and returns whatever status came back. An {@link IOException} means the
 * request may not have reached the server (no network, timeout) — the outbox retries those.
 * Tests wrap the real transport to simulate being offline.
 */
public interface HttpTransport {
    HttpResponse execute(HttpRequest request) throws IOException;
}
