package vn.donghanh.client.support;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.http.HttpTransport;

/**
 * For unit tests of the client logic only (the e2e tests use the real backend): answers queued
 * per "METHOD path-prefix", records every request. An IOException queued as answer simulates
 * a dead network for that request.
 */
public final class ScriptedServer implements HttpTransport {
    private final Map<String, Deque<Object>> answers = new HashMap<>();
    public final List<HttpRequest> requests = Collections.synchronizedList(new ArrayList<HttpRequest>());

    public ScriptedServer on(String methodAndPath, int status, String body) {
        return on(methodAndPath, new HttpResponse(status, new HashMap<String, String>(), body));
    }

    public ScriptedServer on(String methodAndPath, Object answer) {
        answers.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    public static HttpResponse withHeader(int status, String header, String value) {
        Map<String, String> headers = new HashMap<>();
        headers.put(header, value);
        return new HttpResponse(status, headers, "");
    }

    public List<HttpRequest> requestsTo(String pathPart) {
        List<HttpRequest> out = new ArrayList<>();
        for (HttpRequest r : requests) {
            if (r.url.contains(pathPart)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized HttpResponse execute(HttpRequest request) throws IOException {
        requests.add(request);
        String path = request.url.replaceFirst("^https?://[^/]+", "");
        String best = null;
        for (String key : answers.keySet()) {
            String[] parts = key.split(" ", 2);
            if (parts[0].equals(request.method)
                    && path.startsWith(parts[1])
                    && !answers.get(key).isEmpty()
                    && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        if (best == null) {
            throw new AssertionError("unexpected request " + request.method + " " + path);
        }
        Object answer = answers.get(best).poll();
        if (answer instanceof IOException) {
            throw (IOException) answer;
        }
        return (HttpResponse) answer;
    }
}
