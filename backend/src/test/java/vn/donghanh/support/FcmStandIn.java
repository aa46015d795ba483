package vn.donghanh.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for FCM HTTP v1: records every request the Firebase Admin SDK sends and answers
 * 200, 404 UNREGISTERED, 429 (with Retry-After) or 503 as the test scripts it per token. The SDK
 * reaches it through {@link #transport()}, which keeps the SDK's paths but points them here.
 */
public final class FcmStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public FcmStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            requests.add(body);
            String token = body.path("message").path("token").asText();
            String answer = answers.getOrDefault(token, "200");
            String response;
            int status;
            switch (answer) {
                case "404" -> {
                    status = 404;
                    response = error(404, "NOT_FOUND", "UNREGISTERED");
                }
                case "429" -> {
                    status = 429;
                    response = error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED");
                    exchange.getResponseHeaders().add("Retry-After", "120");
                }
                case "503" -> {
                    status = 503;
                    response = error(503, "UNAVAILABLE", "UNAVAILABLE");
                }
                default -> {
                    status = 200;
                    response = "{\"name\": \"projects/donghanh-test/messages/" + ids.incrementAndGet() + "\"}";
                }
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private static String error(int code, String status, String fcmCode) {
        return "{\"error\": {\"code\": " + code + ", \"message\": \"stand-in " + fcmCode + "\", \"status\": \"" + status
                + "\", \"details\": [{\"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\", \"errorCode\": \""
                + fcmCode + "\"}]}}";
    }

    /** How to answer requests for {@code token}: "200", "404", "429" or "503". */
    public void answer(String token, String status) {
        answers.put(token, status);
    }

    public List<JsonNode> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<JsonNode> requestsFor(String token) {
        return requests().stream().filter(r -> token.equals(r.path("message").path("token").asText())).toList();
    }

    public HttpTransport transport() {
        int port = server.getAddress().getPort();
        return new NetHttpTransport.Builder().setConnectionFactory(url ->
                (HttpURLConnection) new URL("http://127.0.0.1:" + port + url.getFile()).openConnection()).build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
