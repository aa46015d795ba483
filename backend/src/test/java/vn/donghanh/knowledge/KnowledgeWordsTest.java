package vn.donghanh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.donghanh.organisation.OrganisationType;

/** The public pages' words exist in both languages, under the same keys, for every kind of place listed. */
class KnowledgeWordsTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        PublicWords vi = PublicWords.of("vi");
        PublicWords en = PublicWords.of("en");
        assertEquals(
                new TreeSet<>(vi.bundle().keySet()), new TreeSet<>(en.bundle().keySet()));
        for (OrganisationType kind : PublicHelpPoints.KINDS) {
            assertFalse(vi.get("help.type." + kind.name()).startsWith("help."), kind.name());
        }
        assertEquals("Cập nhật ngày 02/12/2026", vi.get("page.updated", "02/12/2026"));
        assertEquals("en", vi.get("lang.other.code"));
        assertEquals("vi", en.get("lang.other.code"));
    }
}
