package vn.donghanh.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a cursor-paged list ({@code {items, nextCursor}}) to its end, as a client following {@code nextCursor} does. */
public final class Pages {
    /** More pages than this means the cursor is not moving forward. */
    private static final int MAX_PAGES = 10_000;

    private Pages() {}

    /** Every item of the list at {@code path} (which may already carry query parameters), page after page. */
    public static List<JsonNode> all(Api api, String token, String path) {
        return all(api, token, path, null);
    }

    /** The same with {@code limit} items a page (null: the service's default). */
    public static List<JsonNode> all(Api api, String token, String path, Integer limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            StringBuilder url = new StringBuilder(path);
            String sep = path.contains("?") ? "&" : "?";
            if (limit != null) {
                url.append(sep).append("limit=").append(limit);
                sep = "&";
            }
            if (cursor != null) {
                url.append(sep).append("cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            }
            ApiResponse r = api.get(token, url.toString());
            assertEquals(200, r.status(), r::toString);
            r.json().get("items").forEach(items::add);
            JsonNode next = r.json().get("nextCursor");
            if (next == null || next.isNull()) {
                return items;
            }
            assertTrue(!next.asText().equals(cursor), "the cursor moves forward");
            cursor = next.asText();
        }
        throw new AssertionError("more than " + MAX_PAGES + " pages at " + path);
    }
}
