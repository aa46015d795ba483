package vn.donghanh.client.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * {@link HttpTransport} on {@link HttpURLConnection}: present on Android and the JVM alike.
 * Android's implementation has no PATCH, so the API client never uses it.
 */
public final class UrlConnectionTransport implements HttpTransport {
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    public UrlConnectionTransport() {
        this(15_000, 30_000);
    }

    public UrlConnectionTransport(int connectTimeoutMillis, int readTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(request.url).openConnection();
        try {
            connection.setConnectTimeout(connectTimeoutMillis);
            connection.setReadTimeout(readTimeoutMillis);
            connection.setUseCaches(false);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod(request.method);
            // Asked for by hand on both platforms (Android would add it itself, the JVM not) and so decoded here:
            // a first sync's pages shrink several times over the phone's network.
            connection.setRequestProperty("Accept-Encoding", "gzip");
            for (Map.Entry<String, String> h : request.headers.entrySet()) {
                connection.setRequestProperty(h.getKey(), h.getValue());
            }
            if (request.body != null) {
                byte[] bytes = request.body.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                // Not setFixedLengthStreamingMode: in streaming mode the JDK's HttpURLConnection
                // drops the body of a 401 (it cannot retry for authentication and gives no error
                // stream), and the refused refresh's problem detail is what says why the session
                // ended. The bodies are small JSON; buffering them costs nothing.
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            Map<String, String> headers = new HashMap<>();
            for (Map.Entry<String, List<String>> h :
                    connection.getHeaderFields().entrySet()) {
                if (h.getKey() != null && !h.getValue().isEmpty()) {
                    headers.put(h.getKey(), h.getValue().get(0));
                }
            }
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (stream != null && "gzip".equalsIgnoreCase(connection.getContentEncoding())) {
                stream = new GZIPInputStream(stream);
            }
            return new HttpResponse(status, headers, stream == null ? new byte[0] : readAll(stream));
        } finally {
            connection.disconnect();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (InputStream stream = in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = stream.read(chunk)) != -1) {
                buffer.write(chunk, 0, n);
            }
            return buffer.toByteArray();
        }
    }
}
