package vn.donghanh.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** One HTTP answer as the tests see it. */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON (status " + status + "): " + text(), e);
        }
    }

    public String contentType() {
        return headers.firstValue("content-type").orElse("");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The field names a problem+json answer lists in {@code errors}. */
    public java.util.List<String> problemFields() {
        java.util.List<String> out = new java.util.ArrayList<>();
        json().path("errors").forEach(e -> out.add(e.path("field").asText()));
        return out;
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
