package vn.donghanh.client.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The transport asks for gzip (a first sync's pages are large) and hands the caller the decoded text. */
class UrlConnectionTransportTest {
    @Test
    void asksForGzipAndDecodesIt() throws Exception {
        String json =
                "{\"cursor\":\"c1\",\"hasMore\":false,\"changes\":[{\"type\":\"CASE\",\"id\":\"Nguyễn Văn An\"}]}";
        AtomicReference<String> asked = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(json.getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, zipped.size());
            try (OutputStream out = exchange.getResponseBody()) {
                zipped.writeTo(out);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/sync";
            HttpResponse r = new UrlConnectionTransport().execute(new HttpRequest("GET", url, new HashMap<>(), null));
            assertEquals("gzip", asked.get());
            assertEquals(200, r.status);
            assertEquals(json, r.body);
        } finally {
            server.stop(0);
        }
    }

    /** A PDF's binary bytes (not valid UTF-8) arrive exactly as sent: the person's copy must open. */
    @Test
    void binaryBodiesArriveIntact() throws Exception {
        byte[] pdf = new byte[256 + 9];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int i = 0; i < 256; i++) {
            pdf[head.length + i] = (byte) i;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, pdf.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(pdf);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/me/data/pdf";
            HttpResponse r = new UrlConnectionTransport().execute(new HttpRequest("GET", url, new HashMap<>(), null));
            assertEquals(200, r.status);
            assertArrayEquals(pdf, r.bytes());
        } finally {
            server.stop(0);
        }
    }
}
