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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for FCM HTTP v1: records every request the Firebase Admin SDK sends and answers
 * 200, 404 UNREGISTERED, 429 (with Retry-After) or 503 as the test scripts it per token. The SDK
 * reaches it through {@link #transport()}, which keeps the SDK's paths but points them here, or,
 * in a separately started service, through {@code donghanh.push.fcm-endpoint} = {@link #endpoint()}
 * with a service account whose {@code token_uri} is {@link #tokenUri()} (POST /token answers a
 * bearer token). Requests are handled on several threads, as the SDK sends a batch concurrently,
 * and counted per notification id and token, so 100,000 messages cost a counter each, not a
 * parsed body each (bodies are kept only when {@code keepBodies}, for tests that inspect them).
 */
public final class FcmStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, AtomicInteger> perMessage = new ConcurrentHashMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final boolean keepBodies;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);

    public FcmStandIn() {
        this(true);
    }

    /** @param keepBodies whether {@link #requests()} keeps every parsed body (off for bulk runs) */
    public FcmStandIn(boolean keepBodies) {
        this.keepBodies = keepBodies;
        try {
            // A deep backlog: the SDK opens up to 500 connections at once for one sendEach.
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = "{\"access_token\":\"stand-in\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if (keepBodies) {
                requests.add(body);
            }
            String token = body.path("message").path("token").asText();
            String notificationId =
                    body.path("message").path("data").path("notificationId").asText();
            received.incrementAndGet();
            perMessage
                    .computeIfAbsent(notificationId + " " + token, k -> new AtomicInteger())
                    .incrementAndGet();
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

    /** Every parsed request body; only when constructed with {@code keepBodies}. */
    public List<JsonNode> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<JsonNode> requestsFor(String token) {
        return requests().stream()
                .filter(r -> token.equals(r.path("message").path("token").asText()))
                .toList();
    }

    /** Messages received in all (every answer, every token). */
    public int received() {
        return received.get();
    }

    /** Distinct (notification id, token) pairs received. */
    public int distinct() {
        return perMessage.size();
    }

    /** Messages received beyond the first for their (notification id, token): repeats. */
    public int duplicates() {
        return received() - distinct();
    }

    /** How many times the message of {@code notificationId} reached {@code token}. */
    public int timesReceived(String notificationId, String token) {
        AtomicInteger n = perMessage.get(notificationId + " " + token);
        return n == null ? 0 : n.get();
    }

    /** The notification ids that reached the stand-in at least once (any token). */
    public java.util.Set<String> notificationIds() {
        java.util.Set<String> out = new java.util.HashSet<>();
        perMessage.keySet().forEach(k -> out.add(k.substring(0, k.indexOf(' '))));
        return out;
    }

    /** The base address, for {@code donghanh.push.fcm-endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where a stand-in service account fetches its OAuth token. */
    public String tokenUri() {
        return endpoint() + "/token";
    }

    public HttpTransport transport() {
        int port = server.getAddress().getPort();
        return new NetHttpTransport.Builder()
                .setConnectionFactory(
                        url -> (HttpURLConnection) new URL("http://127.0.0.1:" + port + url.getFile()).openConnection())
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
