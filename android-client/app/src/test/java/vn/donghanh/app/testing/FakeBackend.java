package vn.donghanh.app.testing;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.http.HttpTransport;

/**
 * The backend as core's HTTP transport sees it: canned answers by method and path prefix, every
 * request recorded, and an "offline" switch that fails every call like a phone without network.
 * Unknown paths answer 404. The sync feed is empty unless a test says otherwise.
 */
public final class FakeBackend implements HttpTransport {
    private final Map<String, HttpResponse> routes = new LinkedHashMap<>();
    private final List<HttpRequest> requests = new ArrayList<>();
    private boolean offline;

    public FakeBackend() {
        on("GET", "/api/v1/sync", 200, "{\"changes\":[],\"cursor\":\"empty\",\"hasMore\":false}");
    }

    /** Answers requests whose path starts with {@code pathPrefix}; the longest prefix wins. */
    public FakeBackend on(String method, String pathPrefix, int status, String body) {
        routes.put(method + " " + pathPrefix, new HttpResponse(status, Collections.<String, String>emptyMap(), body));
        return this;
    }

    public FakeBackend offline(boolean offline) {
        this.offline = offline;
        return this;
    }

    public synchronized List<HttpRequest> requests(String method, String pathPrefix) {
        List<HttpRequest> out = new ArrayList<>();
        for (HttpRequest r : requests) {
            if (r.method.equals(method) && path(r).startsWith(pathPrefix)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public synchronized HttpResponse execute(HttpRequest request) throws IOException {
        if (offline) {
            throw new IOException("no network (test)");
        }
        requests.add(request);
        String key = request.method + " " + path(request);
        HttpResponse best = null;
        int bestLength = -1;
        for (Map.Entry<String, HttpResponse> route : routes.entrySet()) {
            if (key.startsWith(route.getKey()) && route.getKey().length() > bestLength) {
                best = route.getValue();
                bestLength = route.getKey().length();
            }
        }
        return best != null
                ? best
                : new HttpResponse(
                        404,
                        Collections.<String, String>emptyMap(),
                        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}");
    }

    private static String path(HttpRequest request) {
        try {
            URL url = new URL(request.url);
            return url.getQuery() == null ? url.getPath() : url.getPath() + "?" + url.getQuery();
        } catch (IOException e) {
            throw new IllegalArgumentException(request.url, e);
        }
    }
}
