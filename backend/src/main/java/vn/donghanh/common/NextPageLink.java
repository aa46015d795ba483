package vn.donghanh.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.uri.UriBuilder;
import java.util.List;

/**
 * A page of a list whose body has always been a bare array (phones read it so): the items as the body and the
 * way to the rest in the standard {@code Link} header (RFC 8288), {@code <this request with cursor set>;
 * rel="next"}, absent on the last page. A client that follows it reads every item; none is dropped silently.
 */
public final class NextPageLink {
    private NextPageLink() {}

    public static <T> MutableHttpResponse<List<T>> ok(HttpRequest<?> request, Page<T> page) {
        MutableHttpResponse<List<T>> response = HttpResponse.ok(page.items());
        if (page.nextCursor() != null) {
            String next = UriBuilder.of(request.getUri())
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build()
                    .toString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response;
    }
}
