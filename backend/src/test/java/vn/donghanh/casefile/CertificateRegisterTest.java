package vn.donghanh.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * The completion certificate's number comes from a register per commune and per year: 1, 2, 3, ... in
 * completion order, other communes and years counted apart, issued once (a download shows the same number
 * every time), formatted as configured. Every test builds its own communes, so its counts start at 1.
 */
class CertificateRegisterTest extends IntegrationTest {

    /** A case of {@code commune} due for completion: management started {@code startDate}, 12 months. */
    private static String dueCase(World w, String officer, String commune, String name, String startDate) {
        Map<String, Object> body = World.caseBody(commune, name);
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("decisionDate", startDate);
        body.put("startDate", startDate);
        return w.registerCase(officer, body).get("id").asText();
    }

    private static ApiResponse complete(World w, String officer, String caseId, String day) {
        return api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/status-changes",
                Map.of("status", "COMPLETED", "reason", "Hết thời hạn quản lý", "effectiveDate", day));
    }

    /**
     * Downloads the certificate and checks it prints {@code expected} after "Số: " (the PDF's text runs the
     * header's cells together, so what follows the number is the place and date, never a digit).
     */
    private static void assertPrinted(String expected, World w, String officer, String caseId, String why)
            throws Exception {
        ApiResponse pdf = api.get(w.token(officer), "/api/v1/cases/" + caseId + "/completion-certificate");
        assertEquals(200, pdf.status(), pdf::toString);
        String text = CaseRegistryTest.pdfText(pdf.body());
        int at = text.indexOf("Số: " + expected);
        assertTrue(at >= 0, why + ": " + text);
        assertFalse(Character.isDigit(text.charAt(at + 4 + expected.length())), why + ": " + text);
    }

    private static String registered(String caseId) {
        List<String> found =
                Sql.query("SELECT number FROM certificate_number WHERE case_id = ?", rs -> rs.getString(1), caseId);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String today() {
        return java.time.LocalDate.now(CLOCK.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                .toString();
    }

    @Test
    void numbersRunPerCommuneAndPerYearAndADownloadShowsTheSameNumber() throws Exception {
        World w = World.create(api);
        int year = Integer.parseInt(today().substring(0, 4));
        String a1 = dueCase(w, "officerA", w.communeA, "Nguyễn Văn Một", "2024-01-05");
        String a2 = dueCase(w, "officerA", w.communeA, "Trần Thị Hai", "2024-01-05");
        String b1 = dueCase(w, "officerB", w.communeB, "Lê Văn Ba", "2024-01-05");
        String lastYear = dueCase(w, "officerA", w.communeA, "Phạm Năm Trước", "2024-01-05");

        assertEquals(201, complete(w, "officerA", a1, today()).status());
        assertEquals(201, complete(w, "officerA", a2, today()).status());
        assertEquals(201, complete(w, "officerB", b1, today()).status());
        // Completed on a day of the year before: that year's register, its own count.
        String dayLastYear = (year - 1) + "-06-01";
        assertEquals(201, complete(w, "officerA", lastYear, dayLastYear).status());

        assertEquals("1/" + year + "/GCN", registered(a1), "issued when the case completes");
        assertEquals("2/" + year + "/GCN", registered(a2));
        assertEquals("1/" + year + "/GCN", registered(b1), "another commune counts apart");
        assertEquals("1/" + (year - 1) + "/GCN", registered(lastYear), "another year counts apart");

        assertPrinted("1/" + year + "/GCN", w, "officerA", a1, "printed");
        assertPrinted("1/" + year + "/GCN", w, "officerA", a1, "a re-download is the same number");
        assertPrinted("2/" + year + "/GCN", w, "officerA", a2, "printed");
        assertPrinted("1/" + year + "/GCN", w, "officerB", b1, "printed");
    }

    @Test
    void aCaseCompletedBeforeTheRegisterGetsItsNumberAtItsFirstDownload() throws Exception {
        World w = World.create(api);
        int year = Integer.parseInt(today().substring(0, 4));
        String before = dueCase(w, "officerA", w.communeA, "Hoàng Thị Cũ", "2024-01-05");
        String after = dueCase(w, "officerA", w.communeA, "Đỗ Văn Mới", "2024-01-05");
        assertEquals(201, complete(w, "officerA", before, today()).status());
        // As if completed before V21: no entry, no count.
        Sql.update("DELETE FROM certificate_number WHERE case_id = ?", before);
        Sql.update("UPDATE certificate_counter SET last_seq = 0 WHERE admin_unit_id = ?", w.communeA);
        assertNull(registered(before));

        assertPrinted("1/" + year + "/GCN", w, "officerA", before, "printed");
        assertEquals("1/" + year + "/GCN", registered(before));
        assertPrinted("1/" + year + "/GCN", w, "officerA", before, "and keeps it");
        assertEquals(201, complete(w, "officerA", after, today()).status());
        assertEquals("2/" + year + "/GCN", registered(after), "the same register goes on");
    }

    @Test
    void theConfiguredFormatIsHonouredAndAPrintedNumberNeverChanges() throws Exception {
        World w = World.create(api);
        int year = Integer.parseInt(today().substring(0, 4));
        CertificateSettings settings = bean(CertificateSettings.class);
        String original = settings.getNumberFormat();
        String first = dueCase(w, "officerA", w.communeA, "Vũ Thị Định Dạng", "2024-01-05");
        String second = dueCase(w, "officerA", w.communeA, "Bùi Văn Đệm Số", "2024-01-05");
        assertEquals(201, complete(w, "officerA", first, today()).status());
        try {
            settings.setNumberFormat("{seq:4}/{year}/GCN-ĐH");
            assertEquals(201, complete(w, "officerA", second, today()).status());
            assertPrinted("0002/" + year + "/GCN-ĐH", w, "officerA", second, "the new format");
            assertPrinted("1/" + year + "/GCN", w, "officerA", first, "issued before: kept");
        } finally {
            settings.setNumberFormat(original);
        }
    }

    @Test
    void twoCompletionsInOneCommuneAtOnceGetDifferentNumbers() throws Exception {
        World w = World.create(api);
        int year = Integer.parseInt(today().substring(0, 4));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(dueCase(w, "officerA", w.communeA, "Cùng Lúc Số " + (i + 1), "2024-01-05"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (String id : ids) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                            return complete(w, "officerA", id, today()).status();
                        },
                        pool));
            }
            start.countDown();
            for (CompletableFuture<Integer> call : calls) {
                assertEquals(201, call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> numbers = new TreeSet<>();
        for (String id : ids) {
            assertNotNull(registered(id));
            numbers.add(registered(id));
        }
        assertEquals(
                Set.of("1/" + year + "/GCN", "2/" + year + "/GCN", "3/" + year + "/GCN", "4/" + year + "/GCN"),
                numbers);
    }

    @Test
    void aFormatWithoutTheSequenceIsRefusedAndPaddingPads() {
        assertNotNull(CertificateNumberFormat.problem("{year}/GCN"), "two certificates would share a number");
        assertNotNull(CertificateNumberFormat.problem(" "));
        assertNull(CertificateNumberFormat.problem("{seq:3}/{year}/QĐ-GCN"));
        assertEquals("007/2026/QĐ-GCN", CertificateNumberFormat.format("{seq:3}/{year}/QĐ-GCN", 7, 2026, "X"));
        assertEquals("1234/2026", CertificateNumberFormat.format("{seq:3}/{year}", 1234, 2026, "X"));
        assertEquals("{other} 5", CertificateNumberFormat.format("{other} {seq}", 5, 2026, "X"));
        assertEquals(
                "GCN-19876-2026-0005", CertificateNumberFormat.format("GCN-{unit}-{year}-{seq:4}", 5, 2026, "19876"));
    }
}
