package vn.donghanh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * Knowledge pages end to end against the real database: an admin writes, edits and publishes a
 * page; anyone reads it without an account, as HTML and as JSON, cacheable with an ETag (304 when
 * unchanged); a draft is 404 to the public; the editors' API is 401 without a token and 403 for
 * every role but admin; problems name their fields in Vietnamese and English; Vietnamese survives
 * exactly; a {@code <script>} in a body arrives as harmless text.
 */
class KnowledgeApiTest extends IntegrationTest {
    /** Precomposed Vietnamese with every tone mark and the letters that trip encodings. */
    static final String TITLE = "Quản lý sau cai nghiện — quyền, nghĩa vụ: ắ ằ ẳ ẵ ặ ỹ ữ ợ Đ đ";

    static World w;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
    }

    static Map<String, Object> page(String slug, String title, String body) {
        Map<String, Object> b = new HashMap<>();
        b.put("slug", slug);
        b.put("position", 500);
        b.put("titleVi", title);
        b.put("summaryVi", "Tóm tắt: thời gian quản lý và những việc cần làm.");
        b.put("bodyVi", body);
        return b;
    }

    private String slug(String name) {
        return name + "-" + w.tag;
    }

    @Test
    void anAdminWritesAndPublishesAPageAndAnyoneReadsItWithoutAnAccount() {
        String slug = slug("quan-ly");
        ApiResponse created = api.post(
                w.admin,
                "/api/v1/knowledge-pages",
                page(slug, TITLE, "Đoạn một.\n\n## Kéo dài bao lâu?\n\n- **1 năm**"));
        assertEquals(201, created.status(), created::toString);
        JsonNode p = created.json();
        String id = p.get("id").asText();
        assertEquals("DRAFT", p.get("status").asText());
        assertEquals(1, p.get("version").asInt());
        assertEquals(TITLE, p.get("titleVi").asText(), "Vietnamese round-trips exactly");
        assertEquals(
                TITLE,
                api.get(w.admin, "/api/v1/knowledge-pages/" + id)
                        .json()
                        .get("titleVi")
                        .asText());
        assertEquals(
                1,
                Sql.query(
                                "SELECT COUNT(*) FROM audit_event WHERE action = 'KNOWLEDGE_PAGE_CHANGE' AND target = ?",
                                rs -> rs.getInt(1),
                                id)
                        .get(0),
                "the creation is audited");

        // A draft is nobody's business but the editors'.
        assertEquals(404, api.get(null, "/api/v1/public/knowledge/" + slug).status());
        assertEquals(404, html(null, "/kien-thuc/" + slug).status());
        assertFalse(api.get(null, "/api/v1/public/knowledge").text().contains(slug));

        ApiResponse published = api.post(w.admin, "/api/v1/knowledge-pages/" + id + "/publication", null);
        assertEquals(200, published.status(), published::toString);
        assertEquals("PUBLISHED", published.json().get("status").asText());

        ApiResponse json = api.get(null, "/api/v1/public/knowledge/" + slug + "?lang=vi");
        assertEquals(200, json.status(), json::toString);
        assertEquals(TITLE, json.json().get("title").asText());
        assertEquals("vi", json.json().get("language").asText());
        assertTrue(json.json().get("html").asText().contains("<h2>Kéo dài bao lâu?</h2>"), json::toString);
        assertTrue(json.json().get("html").asText().contains("<li><strong>1 năm</strong></li>"), json::toString);

        ApiResponse served = html(null, "/kien-thuc/" + slug);
        assertEquals(200, served.status(), served::toString);
        assertTrue(served.contentType().startsWith("text/html"), served.contentType());
        assertTrue(served.text().contains("<h1>" + TITLE + "</h1>"), served::text);
        assertTrue(served.text().contains("<html lang=\"vi\">"));
        assertFalse(served.text().contains("<script"), "no script at all");
        assertNull(served.header("set-cookie"), "no session, no cookie");
        assertEquals("public, max-age=300", served.header("cache-control"));
        assertTrue(served.header("content-security-policy").startsWith("default-src 'none'"));
        String etag = served.header("etag");
        assertTrue(etag != null && etag.startsWith("\""), String.valueOf(etag));

        ApiResponse index = html(null, "/kien-thuc");
        assertEquals(200, index.status());
        assertTrue(index.text().contains("/kien-thuc/" + slug + "?lang=vi"), "the index links the page");

        // Unchanged: a bodiless 304 for the copy the phone holds.
        ApiResponse again = api.raw(
                "GET", null, "/kien-thuc/" + slug, null, null, Map.of("If-None-Match", etag, "Accept-Language", "vi"));
        assertEquals(304, again.status(), again::toString);
        assertEquals(0, again.body().length);
        assertEquals(etag, again.header("etag"));
        String jsonTag = json.header("etag");
        ApiResponse jsonAgain = api.send(
                "GET",
                null,
                "/api/v1/public/knowledge/" + slug + "?lang=vi",
                null,
                null,
                Map.of("If-None-Match", jsonTag));
        assertEquals(304, jsonAgain.status());

        // An edit shows at once and changes the ETag; a stale one is refused and changes nothing.
        Map<String, Object> edit = page(slug, TITLE + " (sửa)", "Nội dung mới.");
        edit.put("version", 2);
        ApiResponse edited = api.put(w.admin, "/api/v1/knowledge-pages/" + id, edit);
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(3, edited.json().get("version").asInt());
        assertEquals("PUBLISHED", edited.json().get("status").asText());
        ApiResponse after = api.raw(
                "GET", null, "/kien-thuc/" + slug, null, null, Map.of("If-None-Match", etag, "Accept-Language", "vi"));
        assertEquals(200, after.status());
        assertNotEquals(etag, after.header("etag"));
        assertTrue(after.text().contains("Nội dung mới."));
        ApiResponse stale = api.put(w.admin, "/api/v1/knowledge-pages/" + id, edit);
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.json().get("type").asText().endsWith("/stale-version"));

        // Taken down: gone from the public at once.
        ApiResponse withdrawn = api.post(w.admin, "/api/v1/knowledge-pages/" + id + "/withdrawal", null);
        assertEquals("DRAFT", withdrawn.json().get("status").asText());
        assertEquals(404, api.get(null, "/api/v1/public/knowledge/" + slug).status());
        ApiResponse gone = html(null, "/kien-thuc/" + slug);
        assertEquals(404, gone.status());
        assertEquals("no-store", gone.header("cache-control"), "a 404 is not kept by caches");
        assertEquals(
                4,
                Sql.query(
                                "SELECT COUNT(*) FROM audit_event WHERE action = 'KNOWLEDGE_PAGE_CHANGE' AND target = ?",
                                rs -> rs.getInt(1),
                                id)
                        .get(0),
                "created, published, edited, unpublished: each audited");
    }

    @Test
    void aScriptInABodyArrivesAsText() {
        String slug = slug("script");
        String body = "<script>alert('x')</script>\n\nMột [liên kết](javascript:alert(1)) và [gọi](tel:113).\n\n"
                + "![ảnh theo dõi](https://tracker.example/p.png)\n\n<img src=x onerror=alert(1)>";
        String id = api.post(w.admin, "/api/v1/knowledge-pages", page(slug, "Thử <b>thẻ</b>", body))
                .json()
                .get("id")
                .asText();
        api.post(w.admin, "/api/v1/knowledge-pages/" + id + "/publication", null);
        String html = api.get(null, "/api/v1/public/knowledge/" + slug)
                .json()
                .get("html")
                .asText();
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("tracker.example"), "an image from another site is its description only");
        assertTrue(html.contains("ảnh theo dõi"), html);
        assertTrue(html.contains("href=\"tel:113\""), html);
        String page = html(null, "/kien-thuc/" + slug).text();
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("Thử &lt;b&gt;thẻ&lt;/b&gt;"), "the title is escaped too");
    }

    @Test
    void badInputNamesItsFieldsInTheCallersLanguage() {
        Map<String, Object> bad = page("Quản Lý", " ", "x");
        bad.put("position", -1);
        ApiResponse vi = api.send(
                "POST",
                w.admin,
                "/api/v1/knowledge-pages",
                vn.donghanh.support.Api.write(bad),
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(400, vi.status(), vi::toString);
        assertEquals("vi", vi.header("content-language"));
        assertEquals(
                List.of("position", "slug", "titleVi"),
                vi.problemFields().stream().sorted().toList());
        assertEquals("chỉ gồm chữ thường a-z, chữ số và dấu gạch nối đơn, ví dụ quan-ly-sau-cai", message(vi, "slug"));
        assertEquals("không được để trống", message(vi, "titleVi"));
        ApiResponse en = api.post(w.admin, "/api/v1/knowledge-pages", bad);
        assertEquals(400, en.status());
        assertEquals("en", en.header("content-language"));
        assertEquals(
                "must be lowercase letters a-z, digits and single hyphens, such as quan-ly-sau-cai",
                message(en, "slug"));

        Map<String, Object> halfEnglish = page(slug("half"), "Nửa tiếng Anh", "Nội dung.");
        halfEnglish.put("bodyEn", "Only a body.");
        ApiResponse half = api.send(
                "POST",
                w.admin,
                "/api/v1/knowledge-pages",
                vn.donghanh.support.Api.write(halfEnglish),
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(400, half.status(), half::toString);
        assertEquals("là bắt buộc khi có nội dung tiếng Anh", message(half, "titleEn"));

        String taken = slug("taken");
        assertEquals(
                201,
                api.post(w.admin, "/api/v1/knowledge-pages", page(taken, "Một", "Một."))
                        .status());
        ApiResponse twice = api.post(w.admin, "/api/v1/knowledge-pages", page(taken, "Hai", "Hai."));
        assertEquals(400, twice.status(), twice::toString);
        assertEquals("is already the address of another knowledge page", message(twice, "slug"));
        ApiResponse reserved = api.post(w.admin, "/api/v1/knowledge-pages", page("noi-ho-tro", "Ba", "Ba."));
        assertEquals(List.of("slug"), reserved.problemFields());
        assertEquals(400, api.get(w.admin, "/api/v1/knowledge-pages/not-a-uuid").status());
        assertEquals(
                404,
                api.get(w.admin, "/api/v1/knowledge-pages/" + java.util.UUID.randomUUID())
                        .status());
    }

    @Test
    void onlyAdminsEditAndNoTokenIsNeededToRead() {
        assertEquals(401, api.get(null, "/api/v1/knowledge-pages").status());
        assertEquals(
                401,
                api.post(null, "/api/v1/knowledge-pages", page(slug("anon"), "X", "Y"))
                        .status());
        for (String role : List.of("supervisor", "officerA", "mentorA1")) {
            assertEquals(403, api.get(w.token(role), "/api/v1/knowledge-pages").status(), role);
            assertEquals(
                    403,
                    api.post(w.token(role), "/api/v1/knowledge-pages", page(slug(role.toLowerCase()), "X", "Y"))
                            .status(),
                    role);
        }
        World.Person person = w.activatedPerson("Người Đọc Kiến Thức", null);
        assertEquals(403, api.get(person.token(), "/api/v1/knowledge-pages").status());
        assertEquals(200, api.get(null, "/api/v1/public/knowledge").status());
        assertEquals(200, html(null, "/kien-thuc").status());
        assertEquals(200, html(null, "/kien-thuc/noi-ho-tro").status());
        // A token, even a person's, changes nothing on the public side.
        assertEquals(200, api.get(person.token(), "/api/v1/public/knowledge").status());
        // Nothing beside the public pages opened up.
        int other = api.outsideContract(null, "/api/v1/public/other").status();
        assertTrue(other == 401 || other == 404, "an unknown public-looking address: " + other);
        assertEquals(401, api.outsideContract(null, "/api/v1/providers").status());
    }

    @Test
    void englishWhenAskedAndThePageHasIt() {
        String slug = slug("english");
        Map<String, Object> b = page(slug, "Thời gian quản lý", "Một năm.");
        b.put("titleEn", "The management period");
        b.put("bodyEn", "One year.");
        String id =
                api.post(w.admin, "/api/v1/knowledge-pages", b).json().get("id").asText();
        api.post(w.admin, "/api/v1/knowledge-pages/" + id + "/publication", null);
        String viOnly = slug("chi-tieng-viet");
        String id2 = api.post(w.admin, "/api/v1/knowledge-pages", page(viOnly, "Chỉ tiếng Việt", "Chỉ."))
                .json()
                .get("id")
                .asText();
        api.post(w.admin, "/api/v1/knowledge-pages/" + id2 + "/publication", null);

        JsonNode en =
                api.get(null, "/api/v1/public/knowledge/" + slug + "?lang=en").json();
        assertEquals("The management period", en.get("title").asText());
        assertEquals("en", en.get("language").asText());
        ApiResponse byHeader = api.send(
                "GET",
                null,
                "/api/v1/public/knowledge/" + slug,
                null,
                null,
                Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertEquals("en", byHeader.json().get("language").asText());
        assertEquals("Accept-Language", byHeader.header("vary"));
        ApiResponse vi =
                api.send("GET", null, "/api/v1/public/knowledge/" + slug, null, null, Map.of("Accept-Language", ""));
        assertEquals("Thời gian quản lý", vi.json().get("title").asText(), "Vietnamese by default");
        assertNotEquals(byHeader.header("etag"), vi.header("etag"));

        JsonNode fallback =
                api.get(null, "/api/v1/public/knowledge/" + viOnly + "?lang=en").json();
        assertEquals("vi", fallback.get("language").asText(), "a page without English is served in Vietnamese");
        String page = html(null, "/kien-thuc/" + viOnly + "?lang=en").text();
        assertTrue(page.contains("This page is only available in Vietnamese."), page);
        assertTrue(page.contains("<article lang=\"vi\">"), page);
    }

    @Test
    void theHelpPageListsThePlacesOfTheProvinceWithoutAnyPerson() {
        Map<String, Object> clinic = new HashMap<>();
        clinic.put("name", "Cơ sở điều trị Methadone " + w.tag);
        clinic.put("type", "METHADONE_CLINIC");
        clinic.put("adminUnitId", w.communeA);
        clinic.put("address", "Tổ 4, xã Đồng Hỷ");
        clinic.put("phone", "0208 3666 999");
        clinic.put("contactPerson", "Bác sĩ Riêng Tư " + w.tag);
        clinic.put("contactPhone", "0912999888");
        clinic.put("servedUnitIds", List.of(w.communeA));
        assertEquals(201, api.post(w.admin, "/api/v1/providers", clinic).status());
        Map<String, Object> employer = new HashMap<>(clinic);
        employer.put("name", "Công ty không phải nơi hỗ trợ " + w.tag);
        employer.put("type", "EMPLOYER");
        assertEquals(201, api.post(w.admin, "/api/v1/providers", employer).status());

        ApiResponse help = html(null, "/kien-thuc/noi-ho-tro?tinh=" + w.province);
        assertEquals(200, help.status(), help::toString);
        String text = help.text();
        assertTrue(text.contains("Cơ sở điều trị Methadone " + w.tag), text);
        assertTrue(text.contains("Tổ 4, xã Đồng Hỷ"));
        assertTrue(text.contains("href=\"tel:02083666999\""), text);
        assertFalse(text.contains("Bác sĩ Riêng Tư"), "never the contact person");
        assertFalse(text.contains("0912999888"), "never the contact person's phone");
        assertFalse(text.contains("Công ty không phải nơi hỗ trợ"), "only counselling, methadone and job centres");
        ApiResponse other = html(null, "/kien-thuc/noi-ho-tro?tinh=" + w.otherProvince);
        assertFalse(other.text().contains("Cơ sở điều trị Methadone " + w.tag), "another province's list");
        ApiResponse unknown = html(null, "/kien-thuc/noi-ho-tro?tinh=nonsense");
        assertEquals(200, unknown.status());
        assertTrue(unknown.text().contains("Không tìm thấy tỉnh này"), unknown::text);
    }

    /** A public HTML page as a Vietnamese phone asks for it (the test client asks for English otherwise). */
    private static ApiResponse html(String token, String path) {
        return api.raw("GET", token, path, null, null, Map.of("Accept-Language", "vi"));
    }

    private static String message(ApiResponse r, String field) {
        for (JsonNode e : r.json().path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return e.path("message").asText();
            }
        }
        return null;
    }
}
