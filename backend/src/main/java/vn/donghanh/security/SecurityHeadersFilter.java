package vn.donghanh.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers on every response: nothing with personal data is kept in a browser's or proxy's cache
 * ({@code Cache-Control: no-store}, except the public contract and the docs' and console's static assets), no
 * content-type sniffing, no framing of any page (the docs page included), no referrer leaks.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeadersFilter implements Ordered {
    static final String PUBLIC_SPEC = "/api/v1/openapi.yaml";
    static final String DOCS_ASSETS = "/api/docs/ui/";
    static final String CONSOLE_ASSETS = "/assets/";
    /**
     * The public knowledge pages and their JSON (issue 17): the same for everyone and nothing personal, so
     * their own {@code Cache-Control: public} (with an ETag) is kept; anything else there stays no-store.
     */
    static final String KNOWLEDGE_PAGES = "/kien-thuc";

    static final String KNOWLEDGE_API = "/api/v1/public/knowledge";

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        if (!headers.contains("Referrer-Policy")) {
            // The console's pages say same-origin: with no-referrer a browser's form posts carry
            // "Origin: null", which the server refuses.
            headers.set("Referrer-Policy", "no-referrer");
        }
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        }
        String own = headers.get(HttpHeaders.CACHE_CONTROL);
        if (own != null && own.startsWith("public") && isPublicPage(request.getPath())) {
            return;
        }
        if (isPublicAsset(request.getPath())) {
            headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
        } else {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            headers.set(HttpHeaders.PRAGMA, "no-cache");
        }
    }

    /** Outermost, so refusals by the security filter itself carry the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    private static boolean isPublicPage(String path) {
        return path.equals(KNOWLEDGE_PAGES)
                || path.startsWith(KNOWLEDGE_PAGES + "/")
                || path.equals(KNOWLEDGE_API)
                || path.startsWith(KNOWLEDGE_API + "/");
    }

    private static boolean isPublicAsset(String path) {
        return PUBLIC_SPEC.equals(path) || path.startsWith(DOCS_ASSETS) || path.startsWith(CONSOLE_ASSETS);
    }
}
