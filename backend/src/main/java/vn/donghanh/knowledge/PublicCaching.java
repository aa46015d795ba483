package vn.donghanh.knowledge;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * How the public pages are answered: the same bytes for everyone (nothing personal in them), so
 * any browser or proxy may keep them for a few minutes ({@code Cache-Control: public}), and a
 * phone that has them asks again with {@code If-None-Match} and gets a bodiless 304 — the
 * cheapest answer on a slow, paid connection. The ETag is the SHA-256 of the body, so it changes
 * exactly when what is served changes (an edit, a publication, the language).
 */
final class PublicCaching {
    /** Five minutes: a withdrawn page disappears from caches soon after, and a reader rarely waits. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private PublicCaching() {}

    static MutableHttpResponse<?> answer(HttpRequest<?> request, byte[] body, String contentType, String language) {
        String etag = etag(body);
        MutableHttpResponse<?> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)
                ? HttpResponse.notModified()
                : HttpResponse.ok(body).contentType(contentType);
        response.header(HttpHeaders.ETAG, etag);
        response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // The language may come from Accept-Language, so a shared cache must keep one copy per language asked.
        response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.header(HttpHeaders.CONTENT_LANGUAGE, language);
        return response;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match: "*", or a list of tags, each possibly weak (W/"..."), compared weakly as RFC 9110 says. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
