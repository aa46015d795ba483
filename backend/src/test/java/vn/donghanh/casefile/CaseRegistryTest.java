package vn.donghanh.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

class CaseRegistryTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @Test
    void registeringDerivesThePlannedEndFromConfigurationAndKeepsVietnameseExactly() {
        String name = "Nguyễn Văn Ảnh Đức";
        Map<String, Object> body = World.caseBody(w.communeA, name);
        body.put("address", "Thôn Đồng Bẩm, xóm Ủng — số 7");
        body.put("ethnicity", "H'Mông");
        body.put("phone", "+84 912 345 001");
        body.put("nationalId", "001090012345");
        JsonNode created = w.registerCase("officerA", body);
        assertEquals(name, created.get("fullName").asText());
        assertEquals("Thôn Đồng Bẩm, xóm Ủng — số 7", created.get("address").asText());
        assertEquals("H'Mông", created.get("ethnicity").asText());
        assertEquals("0912345001", created.get("phone").asText());
        assertEquals("001090012345", created.get("nationalId").asText());
        assertEquals("ACTIVE", created.get("status").asText());
        assertEquals("2027-03-10", created.get("plannedEndDate").asText(), "adult after compulsory rehab: 24 months");
        assertEquals("Asia/Ho_Chi_Minh", created.get("timeZone").asText());

        ApiResponse read = api.get(
                w.token("officerA"), "/api/v1/cases/" + created.get("id").asText());
        assertEquals(200, read.status());
        assertEquals(name, read.json().get("fullName").asText());
        assertEquals("\"0\"", read.header("ETag"));
    }

    @Test
    void eachBasisGetsItsConfiguredPeriod() {
        Map<String, String> expected = Map.of(
                "VOLUNTARY_REHAB", "2026-03-10",
                "OPIOID_SUBSTITUTION", "2026-03-10",
                "DRUG_USE_MANAGEMENT", "2026-03-01");
        for (var e : expected.entrySet()) {
            Map<String, Object> body = World.caseBody(w.communeA, "Người " + e.getKey());
            body.put("basis", e.getKey());
            assertEquals(
                    e.getValue(),
                    w.registerCase("officerA", body).get("plannedEndDate").asText(),
                    e.getKey());
        }
        Map<String, Object> minor = World.caseBody(w.communeA, "Trẻ Vị Thành Niên");
        minor.put("basis", "COMPULSORY_REHAB_MINOR");
        minor.put("dateOfBirth", "2009-01-01");
        assertEquals(
                "2026-03-10",
                w.registerCase("officerA", minor).get("plannedEndDate").asText());
    }

    @Test
    void aRetriedCreateWithTheSameClientIdGivesTheSameCaseAndNoDuplicate() {
        Map<String, Object> body = World.caseBody(w.communeA, "Lặp Lại Một Lần " + w.tag);
        body.put("id", UUID.randomUUID().toString());
        JsonNode first = w.registerCase("officerA", body);
        JsonNode second = w.registerCase("officerA", body);
        assertEquals(first.get("id"), second.get("id"));
        assertEquals(first.get("createdAt"), second.get("createdAt"));
        ApiResponse list = api.get(w.token("officerA"), "/api/v1/cases?q=" + enc("Lap Lai Mot Lan " + w.tag));
        assertEquals(1, list.json().get("items").size());
        // The same id from an officer who cannot see the case is a conflict, not a leak.
        Map<String, Object> other = World.caseBody(w.communeB, "Ai Đó");
        other.put("id", body.get("id"));
        assertEquals(409, api.post(w.token("officerB"), "/api/v1/cases", other).status());
    }

    @Test
    void searchIgnoresDiacriticsAndPagingWalksEveryCaseOnce() {
        String family = "Trịnh" + w.tag.substring(0, 4);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(w.registerCase("officerA", w.communeA, family + " Văn Đạt " + i)
                    .get("id")
                    .asText());
        }
        ApiResponse folded = api.get(w.token("officerA"), "/api/v1/cases?q=" + enc(TextFoldFor(family) + " van dat"));
        assertEquals(7, folded.json().get("items").size(), folded::toString);
        ApiResponse exact = api.get(w.token("officerA"), "/api/v1/cases?q=" + enc(family + " Văn Đạt 3"));
        assertEquals(1, exact.json().get("items").size());

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse page = api.get(
                    w.token("officerA"),
                    "/api/v1/cases?limit=3&q=" + enc(family) + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page::toString);
            page.json().get("items").forEach(i -> seen.add(i.get("id").asText()));
            cursor = page.json().hasNonNull("nextCursor")
                    ? page.json().get("nextCursor").asText()
                    : null;
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(7, seen.size());
        assertTrue(seen.containsAll(ids));
        assertEquals(
                400,
                api.get(w.token("officerA"), "/api/v1/cases?cursor=not-a-cursor")
                        .status());
    }

    private static String TextFoldFor(String s) {
        return vn.donghanh.common.TextFold.fold(s);
    }

    @Test
    void aStaleEditIsRefusedWith409AndDoesNotOverwrite() {
        JsonNode c = w.registerCase("officerA", w.communeA, "Phan Văn Sửa");
        String id = c.get("id").asText();
        Map<String, Object> edit = updateBody(c);
        edit.put("address", "Địa chỉ mới");
        ApiResponse first = api.put(w.token("officerA"), "/api/v1/cases/" + id, edit);
        assertEquals(200, first.status(), first::toString);
        assertEquals(1, first.json().get("version").asInt());
        assertEquals("\"1\"", first.header("ETag"));

        Map<String, Object> stale = updateBody(c);
        stale.put("address", "Ghi đè cũ");
        ApiResponse second = api.put(w.token("officerA"), "/api/v1/cases/" + id, stale);
        assertEquals(409, second.status());
        assertTrue(second.contentType().startsWith("application/problem+json"));
        assertEquals(
                "Địa chỉ mới",
                api.get(w.token("officerA"), "/api/v1/cases/" + id)
                        .json()
                        .get("address")
                        .asText());
    }

    static Map<String, Object> updateBody(JsonNode c) {
        Map<String, Object> b = new HashMap<>();
        for (String f : List.of(
                "fullName",
                "dateOfBirth",
                "sex",
                "ethnicity",
                "preferredLanguage",
                "phone",
                "nationalId",
                "address",
                "basis",
                "decisionNumber",
                "decisionDate",
                "startDate",
                "timeZone")) {
            if (c.hasNonNull(f)) {
                b.put(f, c.get(f).asText());
            }
        }
        b.put("version", c.get("version").asInt());
        return b;
    }

    @Test
    void statusChangesAreEventsAndIllegalMovesAreRefused() {
        JsonNode c = w.registerCase("officerA", w.communeA, "Vũ Văn Trạng");
        String id = c.get("id").asText();
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        ApiResponse suspend = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + id + "/status-changes",
                Map.of("status", "SUSPENDED", "reason", "Nhập viện điều trị", "effectiveDate", today));
        assertEquals(201, suspend.status(), suspend::toString);
        assertEquals("ACTIVE", suspend.json().get("fromStatus").asText());
        assertEquals("SUSPENDED", suspend.json().get("toStatus").asText());

        ApiResponse completeEarly = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + id + "/status-changes",
                Map.of("status", "COMPLETED", "reason", "x", "effectiveDate", today));
        assertEquals(422, completeEarly.status());
        assertEquals(List.of("status"), completeEarly.problemFields());

        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + id + "/status-changes",
                                Map.of("status", "DECEASED", "reason", "Giấy chứng tử số 5", "effectiveDate", today))
                        .status());
        ApiResponse fromFinal = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + id + "/status-changes",
                Map.of("status", "ACTIVE", "reason", "nhầm", "effectiveDate", today));
        assertEquals(422, fromFinal.status());
        assertTrue(fromFinal.json().get("detail").asText().contains("final"));

        ApiResponse timeline = api.get(w.token("officerA"), "/api/v1/cases/" + id + "/timeline");
        List<String> types = new ArrayList<>();
        timeline.json()
                .forEach(e -> types.add(
                        e.get("type").asText() + ":" + e.path("toStatus").asText("")));
        assertEquals(List.of("REGISTERED:ACTIVE", "STATUS_CHANGED:SUSPENDED", "STATUS_CHANGED:DECEASED"), types);
        assertEquals("Trần Văn Công", timeline.json().get(1).get("actorName").asText());
        assertEquals("Nhập viện điều trị", timeline.json().get(1).get("reason").asText());

        ApiResponse future = api.post(
                w.token("officerA"),
                "/api/v1/cases/"
                        + w.registerCase("officerA", w.communeA, "Tương Lai")
                                .get("id")
                                .asText() + "/status-changes",
                Map.of("status", "ABSENT", "reason", "x", "effectiveDate", "2099-01-01"));
        assertEquals(400, future.status());
        assertEquals(List.of("effectiveDate"), future.problemFields());
    }

    @Test
    void aStatusChangeRetriedWithItsIdIsRecordedOnce() {
        String id =
                w.registerCase("officerA", w.communeA, "Đinh Văn Lặp").get("id").asText();
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Map<String, Object> change = Map.of(
                "id", UUID.randomUUID().toString(), "status", "ABSENT", "reason", "Vắng mặt", "effectiveDate", today);
        assertEquals(
                201,
                api.post(w.token("officerA"), "/api/v1/cases/" + id + "/status-changes", change)
                        .status());
        ApiResponse again = api.post(w.token("officerA"), "/api/v1/cases/" + id + "/status-changes", change);
        assertEquals(201, again.status(), again::toString);
        assertEquals(change.get("id"), again.json().get("id").asText());
        assertEquals(
                2,
                api.get(w.token("officerA"), "/api/v1/cases/" + id + "/timeline")
                        .json()
                        .size());
    }

    @Test
    void dueCasesAreListedAndCompletingOneIssuesTheCertificateAndRemovesItFromTheActiveList() throws Exception {
        Map<String, Object> body = World.caseBody(w.communeB, "Hà Thị Hoàn Thành");
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("decisionDate", "2024-01-02");
        body.put("startDate", "2024-01-05");
        String id = w.registerCase("officerB", body).get("id").asText();
        String notDue =
                w.registerCase("officerB", w.communeB, "Chưa Đến Hạn").get("id").asText();

        List<String> dueIds = new ArrayList<>();
        Pages.all(api, w.token("officerB"), "/api/v1/cases/due-for-completion")
                .forEach(d -> dueIds.add(d.get("id").asText()));
        assertTrue(dueIds.contains(id));
        assertFalse(dueIds.contains(notDue));

        assertEquals(
                409,
                api.get(w.token("officerB"), "/api/v1/cases/" + id + "/completion-certificate")
                        .status());
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        ApiResponse complete = api.post(
                w.token("officerB"),
                "/api/v1/cases/" + id + "/status-changes",
                Map.of(
                        "status",
                        "COMPLETED",
                        "reason",
                        "Hết thời hạn quản lý, không tái nghiện",
                        "effectiveDate",
                        today));
        assertEquals(201, complete.status(), complete::toString);

        ApiResponse pdf = api.get(w.token("officerB"), "/api/v1/cases/" + id + "/completion-certificate");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Hà Thị Hoàn Thành"), text);
        assertTrue(text.contains("HOÀN THÀNH THỜI GIAN QUẢN LÝ SAU CAI NGHIỆN MA TÚY"), text);
        assertTrue(text.contains("Mẫu số 54"), text);

        ApiResponse active = api.get(w.token("officerB"), "/api/v1/cases?q=" + enc("ha thi hoan thanh"));
        assertEquals(0, active.json().get("items").size());
        ApiResponse completed =
                api.get(w.token("officerB"), "/api/v1/cases?status=COMPLETED&q=" + enc("ha thi hoan thanh"));
        assertEquals(1, completed.json().get("items").size());
        List<String> stillDue = new ArrayList<>();
        Pages.all(api, w.token("officerB"), "/api/v1/cases/due-for-completion")
                .forEach(d -> stillDue.add(d.get("id").asText()));
        assertFalse(stillDue.contains(id));
    }

    static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            sb.append(extractor.getTextFromPage(p)).append('\n');
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    @Test
    void anOfficerCannotRegisterOutsideTheirCommunes() {
        ApiResponse r = api.post(w.token("officerA"), "/api/v1/cases", World.caseBody(w.otherCommune, "Ngoài Phạm Vi"));
        assertEquals(400, r.status());
        assertEquals(List.of("adminUnitId"), r.problemFields());
        ApiResponse province = api.post(w.token("officerA"), "/api/v1/cases", World.caseBody(w.province, "Cấp Tỉnh"));
        assertEquals(400, province.status());
    }

    @Test
    void theDatabaseHoldsNationalIdAndPhoneOnlyEncrypted() {
        Map<String, Object> body = World.caseBody(w.communeA, "Mã Hóa Dữ Liệu");
        body.put("phone", "0912777888");
        body.put("nationalId", "079123456789");
        String id = w.registerCase("officerA", body).get("id").asText();
        byte[][] stored = Sql.query(
                        "SELECT phone_enc, national_id_enc FROM managed_case WHERE id = ?",
                        rs -> new byte[][] {rs.getBytes(1), rs.getBytes(2)},
                        id)
                .get(0);
        String raw =
                new String(stored[0], StandardCharsets.ISO_8859_1) + new String(stored[1], StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("0912777888"));
        assertFalse(raw.contains("079123456789"));
        assertNotNull(stored[1]);
        assertTrue(stored[1].length >= 12 + 12 + 16, "nonce + ciphertext + tag");
    }

    @Test
    void supervisorsSeeCountsButNoNames() {
        w.registerCase("officerA", w.communeA, "Đếm Số Lượng");
        ApiResponse counts = api.get(w.token("supervisor"), "/api/v1/reports/case-counts");
        assertEquals(200, counts.status(), counts::toString);
        assertEquals(2, counts.json().get("units").size(), "both communes of the province, not the other province");
        assertFalse(counts.text().contains("Đếm Số Lượng"));
        long activeA = 0;
        for (JsonNode u : counts.json().get("units")) {
            if (u.get("adminUnitId").asText().equals(w.communeA)) {
                activeA = u.get("byStatus").get("ACTIVE").asLong();
            }
        }
        assertTrue(activeA >= 1);
        assertEquals(403, api.get(w.token("supervisor"), "/api/v1/cases").status());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Instant now() {
        return CLOCK.instant();
    }

    @Test
    void aMentorDoesNotSeeTheNationalId() {
        Map<String, Object> body = World.caseBody(w.communeA, "Ẩn Số Định Danh");
        body.put("nationalId", "001090099999");
        String id = w.registerCase("officerA", body).get("id").asText();
        api.post(
                w.token("officerA"),
                "/api/v1/cases/" + id + "/assignments",
                Map.of("mentorId", w.id("mentorA3"), "startDate", "2025-03-10"));
        JsonNode seen = api.get(w.token("mentorA3"), "/api/v1/cases/" + id).json();
        assertEquals("Ẩn Số Định Danh", seen.get("fullName").asText());
        assertNull(seen.get("nationalId"));
        api.post(
                w.token("officerA"),
                "/api/v1/assignments/"
                        + api.get(w.token("officerA"), "/api/v1/cases/" + id + "/assignments")
                                .json()
                                .get(0)
                                .get("id")
                                .asText()
                        + "/end",
                Map.of("reason", "kết thúc thử", "endDate", "2025-03-11"));
    }

    private static List<String> officerNames(JsonNode detail) {
        List<String> out = new ArrayList<>();
        detail.get("officers").forEach(o -> out.add(o.get("displayName").asText()));
        return out;
    }

    @Test
    void theCaseListsTheActiveOfficersWhoAnswerForItByNameForThePersonAndItsHelpers() {
        World own = World.create(api); // officers of its own, so the class's world stays as it is
        own.account("officerA2", "OFFICER", own.communeA, own.policeA, "An Thị Bảo");
        own.account("officerA3", "OFFICER", own.communeA, own.policeA, "Vũ Văn Nghỉ");
        assertEquals(
                200,
                api.post(own.admin, "/api/v1/accounts/" + own.id("officerA3") + "/deactivate", null)
                        .status());
        World.Person p = own.activatedPerson("Có Cán Bộ Xã", "mentorA1");

        JsonNode mine = api.get(p.token(), "/api/v1/me/case").json();
        assertEquals(List.of("An Thị Bảo", "Trần Văn Công"), officerNames(mine), "active officers only, by name");
        JsonNode officerA = mine.get("officers").get(1);
        assertEquals(own.id("officerA"), officerA.get("id").asText());
        assertEquals(
                "0977" + String.format("%06d", Math.abs((own.tag + "officerA").hashCode()) % 1_000_000),
                officerA.get("phone").asText(),
                "the phone, decrypted");
        for (String helper : List.of("mentorA1", "officerA")) {
            JsonNode seen =
                    api.get(own.token(helper), "/api/v1/cases/" + p.caseId()).json();
            assertEquals(mine.get("officers"), seen.get("officers"), helper);
        }

        // A commune without officers of its own: the nearest unit above that has some, as escalation does.
        String bare = own.unit("N", "Xã Chưa Có Cán Bộ " + own.tag, "COMMUNE", own.province);
        String provincePolice = own.org("Công an tỉnh", "COMMUNE_POLICE", own.province);
        own.account("officerProvince", "OFFICER", own.province, provincePolice, "Sở Công an tỉnh");
        JsonNode there = own.registerCase("officerProvince", bare, "Ở Xã Trống");
        assertEquals(List.of("Sở Công an tỉnh"), officerNames(there));

        // At most five.
        for (String name : List.of("Bế Văn Một", "Cao Thị Hai", "Đinh Văn Ba", "Hà Thị Bốn", "Ông Văn Năm")) {
            own.account("officerB" + name.hashCode(), "OFFICER", own.communeB, own.policeB, name);
        }
        JsonNode crowded = own.registerCase("officerB", own.communeB, "Nhiều Cán Bộ");
        assertEquals(
                List.of("Bế Văn Một", "Cao Thị Hai", "Đinh Văn Ba", "Hà Thị Bốn", "Lê Thị Bình"),
                officerNames(crowded));
    }
}
