package vn.donghanh.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The tests' HTTP client. Every exchange is checked against api-spec/openapi.yaml: the response
 * always, the request too when the service accepted it (a request we send malformed on purpose is
 * expected to break the contract). So the spec cannot drift from what the service does. Requests
 * send {@code Accept-Language: en} unless they name another (or an empty one, for none).
 */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What every request asks for unless it says otherwise: the tests assert English problem details. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiInteractionValidator validator;

    public Api(URI base) {
        this.base = base;
        Path spec = Path.of("..", "api-spec", "openapi.yaml").toAbsolutePath().normalize();
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        spec.toUri().toString())
                .build();
    }

    public ApiResponse get(String token, String path) {
        return send("GET", token, path, null, null);
    }

    public ApiResponse post(String token, String path, Object body) {
        return send("POST", token, path, body == null ? null : write(body), "application/json");
    }

    public ApiResponse put(String token, String path, Object body) {
        return send("PUT", token, path, write(body), "application/json");
    }

    public ApiResponse send(String method, String token, String path, String body, String contentType) {
        return send(method, token, path, body, contentType, java.util.Map.of());
    }

    public ApiResponse send(
            String method,
            String token,
            String path,
            String body,
            String contentType,
            java.util.Map<String, String> extraHeaders) {
        return exchange(method, token, path, body, contentType, extraHeaders, true);
    }

    /** For what the contract deliberately leaves out: static assets of the docs page, unknown routes, metrics. */
    public ApiResponse outsideContract(String token, String path) {
        return exchange("GET", token, path, null, null, java.util.Map.of(), false);
    }

    /**
     * For hostile requests (the attack suite): sent exactly as given, and nothing is checked against
     * the contract — neither the request, which is broken on purpose, nor the answer, which the
     * caller asserts itself (a refusal the contract does not describe is then the caller's finding,
     * not an exception thrown halfway through a batch).
     */
    public ApiResponse raw(String method, String token, String path, String body, String contentType) {
        return exchange(method, token, path, body, contentType, java.util.Map.of(), false);
    }

    /** {@link #raw} with headers of its own (e.g. {@code Accept-Language}). */
    public ApiResponse raw(
            String method,
            String token,
            String path,
            String body,
            String contentType,
            java.util.Map<String, String> extraHeaders) {
        return exchange(method, token, path, body, contentType, extraHeaders, false);
    }

    private ApiResponse exchange(
            String method,
            String token,
            String path,
            String body,
            String contentType,
            java.util.Map<String, String> extraHeaders,
            boolean checked) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            // The tests read English problem details; a test about the language says its own (an
            // empty value sends no Accept-Language at all).
            boolean language = false;
            for (var h : extraHeaders.entrySet()) {
                if (h.getKey().equalsIgnoreCase("Accept-Language")) {
                    language = true;
                    if (h.getValue().isEmpty()) {
                        continue;
                    }
                }
                b.header(h.getKey(), h.getValue());
            }
            if (!language) {
                b.header("Accept-Language", DEFAULT_LANGUAGE);
            }
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            ApiResponse response = new ApiResponse(r.statusCode(), r.headers(), r.body());
            if (checked) {
                checkContract(method, token, path, body, contentType, response);
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void checkContract(
            String method, String token, String path, String body, String contentType, ApiResponse response) {
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        SimpleResponse.Builder rb = SimpleResponse.Builder.status(response.status());
        response.headers().map().forEach((k, v) -> rb.withHeader(k, v));
        if (response.contentType().startsWith("application/pdf")) {
            rb.withBody(new String(response.body(), StandardCharsets.ISO_8859_1));
        } else if (response.body().length > 0) {
            rb.withBody(response.text());
        }
        Request.Method m = Request.Method.valueOf(method);
        ValidationReport report;
        if (response.status() >= 200 && response.status() < 300) {
            SimpleRequest.Builder qb = new SimpleRequest.Builder(m, rawPath);
            if (token != null) {
                qb.withHeader("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                qb.withContentType(contentType);
            }
            if (body != null) {
                qb.withBody(body);
            }
            if (path.contains("?")) {
                for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
                    String[] kv = pair.split("=", 2);
                    qb.withQueryParam(
                            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            report = validator.validate(qb.build(), rb.build());
        } else {
            report = validator.validateResponse(rawPath, m, rb.build());
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + method + " " + path + " -> " + response.status()
                    + " breaks api-spec/openapi.yaml:\n" + report.getMessages() + "\nbody: " + response.text());
        }
    }

    public static String write(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
