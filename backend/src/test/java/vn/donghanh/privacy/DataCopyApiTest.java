package vn.donghanh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/** The person downloads everything held about them, as JSON and as a PDF; the download is audited. */
class DataCopyApiTest extends IntegrationTest {
    private static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    private static String someMinutesAgo() {
        return CLOCK.instant()
                .minus(90, ChronoUnit.MINUTES)
                .atOffset(ZoneOffset.ofHours(7))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static World.Person personWithRecords(String name, String mentor) {
        World.Person p = w.activatedPerson(name, mentor);
        Map<String, Object> contact = new HashMap<>(Map.of(
                "id",
                UUID.randomUUID().toString(),
                "type",
                "HOME_VISIT",
                "occurredAt",
                someMinutesAgo(),
                "summary",
                "Thăm nhà; mẹ lo lắng vì anh ấy mất ngủ",
                "concerns",
                List.of("FAMILY_CONFLICT"),
                "followUpNeeded",
                true));
        ApiResponse logged = api.post(w.token(mentor), "/api/v1/cases/" + p.caseId() + "/contacts", contact);
        assertEquals(201, logged.status(), logged::toString);
        ApiResponse consent = api.put(p.token(), "/api/v1/me/consents/LOCATION_ON_CHECKIN", Map.of("granted", true));
        assertEquals(200, consent.status(), consent::toString);
        return p;
    }

    private static JsonNode section(JsonNode copy, String key) {
        for (JsonNode s : copy.get("sections")) {
            if (s.get("key").asText().equals(key)) return s;
        }
        throw new AssertionError("no section " + key + " in " + copy);
    }

    @Test
    void thePersonGetsEverythingAsJson() {
        World.Person p = personWithRecords("Vũ Thị Dữ Liệu", "mentorA1");
        ApiResponse r = api.get(p.token(), "/api/v1/me/data");
        assertEquals(200, r.status(), r::toString);
        JsonNode copy = r.json();
        assertEquals(p.caseId(), copy.get("caseId").asText());
        assertEquals("vi", copy.get("language").asText());
        assertEquals("P5Y", copy.get("retentionPeriod").asText());
        assertTrue(copy.get("retention").asText().contains("5 năm"), copy.get("retention")::asText);

        JsonNode c = section(copy, "case").get("rows").get(0);
        assertEquals("Vũ Thị Dữ Liệu", c.get("Họ và tên").asText());
        assertEquals(p.phone(), c.get("Số điện thoại").asText());
        assertEquals("Tổ 5, số nhà 12", c.get("Địa chỉ").asText());

        JsonNode contact = section(copy, "contacts").get("rows").get(0);
        assertEquals(
                "Thăm nhà; mẹ lo lắng vì anh ấy mất ngủ",
                contact.get("Ghi chép của người giúp đỡ / cán bộ").asText());
        assertEquals("Nguyễn Thanh Niên", contact.get("Người ghi").asText());
        assertEquals("Có", contact.get("Cần theo dõi thêm").asText());

        JsonNode consent = section(copy, "consents").get("rows").get(0);
        assertEquals("Vị trí gần đúng khi điểm danh", consent.get("Mục đích").asText());
        assertEquals(
                "Nguyễn Thanh Niên",
                section(copy, "mentoring")
                        .get("rows")
                        .get(0)
                        .get("Người giúp đỡ")
                        .asText());
        assertTrue(section(copy, "case_events").get("rows").size() >= 1);
        // The download itself is in the copy's access log, and nothing of the PIN or codes is.
        assertTrue(section(copy, "access_log").toString().contains("Tải bản sao dữ liệu của mình"));
        assertTrue(!r.text().contains("$2") && !r.text().toLowerCase().contains("hash"), "no secrets in the copy");
    }

    @Test
    void theDownloadIsAuditedAndShownInTheAccessLog() {
        World.Person p = personWithRecords("Đặng Văn Kiểm", "mentorA2");
        assertEquals(200, api.get(p.token(), "/api/v1/me/data").status());
        List<String> rows = Sql.query(
                "SELECT detail FROM audit_event WHERE case_id = ? AND actor_id = ? AND action = 'PERSONAL_DATA_EXPORT'",
                rs -> rs.getString(1),
                p.caseId(),
                p.accountId());
        assertEquals(List.of("json"), rows);
        ApiResponse log = api.get(p.token(), "/api/v1/me/access-log");
        assertEquals(200, log.status(), log::toString);
        assertEquals(
                "PERSONAL_DATA_EXPORT",
                log.json().get("items").get(0).get("action").asText());
        // The person's other own reads stay out of their access log, as before.
        for (JsonNode e : log.json().get("items")) {
            assertTrue(!e.get("action").asText().equals("ACCESS_LOG_READ")
                    || !e.get("actorRole").asText().equals("PERSON"));
        }
    }

    @Test
    void anEnglishReaderGetsEnglishWords() {
        World.Person p = w.activatedPerson("Lò Văn English", null, "en");
        JsonNode copy = api.get(p.token(), "/api/v1/me/data").json();
        assertEquals("en", copy.get("language").asText());
        assertTrue(copy.get("retention").asText().contains("5 years"));
        assertEquals(
                "Lò Văn English",
                section(copy, "case").get("rows").get(0).get("Full name").asText());
    }

    @Test
    void onlyThePersonDownloadsTheirOwn() {
        assertEquals(403, api.get(w.token("officerA"), "/api/v1/me/data").status());
        assertEquals(403, api.get(w.token("mentorA1"), "/api/v1/me/data/pdf").status());
        assertEquals(401, api.get(null, "/api/v1/me/data").status());
    }

    @Test
    void thePdfCarriesTheVietnameseText() throws Exception {
        World.Person p = personWithRecords("Nguyễn Thị Hằng Ngữ", "mentorA3");
        ApiResponse r = api.get(p.token(), "/api/v1/me/data/pdf");
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/pdf", r.contentType());
        assertTrue(new String(r.body(), 0, 5).startsWith("%PDF"));
        Path dir = Path.of("target", "privacy");
        Files.createDirectories(dir);
        Path pdf = dir.resolve("du-lieu-cua-toi.pdf");
        Files.write(pdf, r.body());
        // Read back with OpenPDF's own extractor: the embedded font maps every glyph back to its letter.
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(r.body());
        StringBuilder all = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        String words = all.toString();
        assertTrue(words.contains("Nguyễn Thị Hằng Ngữ"), words);
        assertTrue(words.contains("mẹ lo lắng vì anh ấy mất ngủ"), words);
        assertTrue(words.contains("5 năm"), words);
        assertEquals(
                List.of("pdf"),
                Sql.query(
                        "SELECT detail FROM audit_event WHERE case_id = ? AND action = 'PERSONAL_DATA_EXPORT'",
                        rs -> rs.getString(1),
                        p.caseId()));
    }
}
