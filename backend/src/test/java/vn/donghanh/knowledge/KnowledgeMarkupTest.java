package vn.donghanh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a body's Markdown may become: the plain parts of HTML, never a script, a foreign image or a javascript: link. */
class KnowledgeMarkupTest {
    @Test
    void plainMarkdownBecomesPlainHtmlWithHeadingsBelowTheTitle() {
        assertEquals(
                "<h2>Kéo dài bao lâu?</h2>\n<ul>\n<li><strong>1 năm</strong></li>\n</ul>\n",
                KnowledgeMarkup.toHtml("# Kéo dài bao lâu?\n\n- **1 năm**"));
    }

    @Test
    void rawHtmlIsShownAsTextAndDangerousAddressesAreDropped() {
        String html = KnowledgeMarkup.toHtml("<script>alert(1)</script>\n\nxem <b onclick=x>đây</b> "
                + "[a](javascript:alert(1)) [b](data:text/html,x) [c](https://vi.wikipedia.org) [d](/kien-thuc/noi-ho-tro)"
                + "\n\n![ảnh](https://tracker.example/x.png)");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(
                html.contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://vi.wikipedia.org\">c</a>"), html);
        assertTrue(
                html.contains("<a rel=\"nofollow noopener noreferrer\">a</a>"),
                "a dropped address is no link: " + html);
        assertFalse(html.contains("href=\"\""), html);
        assertTrue(html.contains("href=\"/kien-thuc/noi-ho-tro\""), html);
        assertTrue(html.contains("ảnh"), html);
    }

    @Test
    void anIfNoneMatchListWithAWeakTagMatches() {
        assertTrue(PublicCaching.matches("W/\"abc\", \"def\"", "\"abc\""));
        assertTrue(PublicCaching.matches("*", "\"abc\""));
        assertFalse(PublicCaching.matches("\"abd\"", "\"abc\""));
        assertFalse(PublicCaching.matches(null, "\"abc\""));
    }
}
