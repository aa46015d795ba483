package vn.donghanh.adminunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.common.TextFold;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.LinkPages;
import vn.donghanh.support.World;

/**
 * A commune search matching more communes than a page (the default 50, as it used to stop at) is read to its
 * end through the {@code Link} header: every match once, by name, whatever the page size.
 */
class CommuneSearchPagesTest extends IntegrationTest {
    static final int COMMUNES = 60;

    static World w;
    static final Set<String> matching = new HashSet<>();

    @BeforeAll
    static void manyCommunes() {
        w = World.create(api);
        // The province's name holds the tag: its communes A and B match, and the other province's commune C too.
        matching.add(w.communeA);
        matching.add(w.communeB);
        matching.add(w.otherCommune);
        for (int i = 0; i < COMMUNES; i++) {
            // Ten names, six communes each: the province and then the id order them.
            matching.add(w.unit("S" + i, "Xã Tìm " + (i % 10) + " " + w.tag, "COMMUNE", w.province));
        }
    }

    @Test
    void everyMatchOnceByName() {
        for (int limit : new int[] {7, 50, 200}) {
            List<JsonNode> all = LinkPages.all(
                    api, w.token("officerA"), "/api/v1/admin-units/communes?q=" + w.tag + "&limit=" + limit);
            Set<String> ids = new HashSet<>();
            all.forEach(c -> ids.add(c.get("id").asText()));
            assertEquals(matching.size(), all.size(), "page size " + limit);
            assertEquals(matching, ids, "page size " + limit);
            List<String> names = new ArrayList<>();
            all.forEach(c -> names.add(TextFold.fold(c.get("name").asText())));
            assertEquals(names.stream().sorted().toList(), names, "by name, page size " + limit);
        }
        ApiResponse first = api.get(w.token("officerA"), "/api/v1/admin-units/communes?q=" + w.tag);
        assertEquals(50, first.json().size(), "the default page");
        assertNotNull(first.header("Link"), "and the way to the rest");
    }
}
