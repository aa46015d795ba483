package vn.donghanh.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list whose body is a bare array to its end, following its {@code Link: <…>; rel="next"} header as a
 * client does (the lists that were arrays before they paged: opportunities, communes, open transfers).
 */
public final class LinkPages {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    /** More pages than this means the cursor is not moving forward. */
    private static final int MAX_PAGES = 1_000;

    private LinkPages() {}

    public static List<JsonNode> all(Api api, String token, String path) {
        List<JsonNode> out = new ArrayList<>();
        String url = path;
        for (int page = 0; page < MAX_PAGES; page++) {
            ApiResponse r = api.get(token, url);
            assertEquals(200, r.status(), r::toString);
            r.json().forEach(out::add);
            String link = r.header("Link");
            if (link == null) {
                return out;
            }
            Matcher m = NEXT.matcher(link);
            assertTrue(m.find(), link);
            assertNotEquals(url, m.group(1), "the cursor moves forward");
            url = m.group(1);
        }
        throw new AssertionError("more than " + MAX_PAGES + " pages at " + path);
    }
}
