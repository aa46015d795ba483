package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The report's files through the API: the commune's submitted version as XLSX (its words and
 * figures read back) and PDF, the preview of a commune that has not submitted, and a province's
 * file with its communes as rows; each an attachment with an ASCII file name.
 */
class PeriodicReportFileTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String REPORT = "/api/v1/reports/periodic/2026-H2";

    @AfterEach
    void restoreClock() {
        CLOCK.set(Instant.now());
    }

    @Test
    void aSubmittedVersionDownloadsAsXlsxAndPdf() throws IOException {
        World w = World.create(api);
        CLOCK.set(
                LocalDate.of(2026, 12, 1).atTime(LocalTime.of(10, 0)).atZone(VN).toInstant());
        w.registerCase("officerA", w.communeA, "Nguyễn Văn Tệp");
        w.registerCase("officerA", w.communeA, "Trần Thị Tệp");
        String narrative = "Khó khăn: thiếu kinh phí hỗ trợ học nghề; đề xuất bổ sung.";
        ApiResponse v1 = api.post(w.token("officerA"), REPORT + "/submissions", Map.of("narrative", narrative));
        assertEquals(201, v1.status(), v1::toString);
        String unitName = api.get(w.token("officerA"), REPORT)
                .json()
                .get("unit")
                .get("name")
                .asText();
        String code = api.get(w.token("officerA"), REPORT)
                .json()
                .get("unit")
                .get("code")
                .asText();

        ApiResponse xlsx = vi(w.token("officerA"), REPORT + "/file?format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals(
                "attachment; filename=\"bao-cao-2026-H2-" + code + "-v1.xlsx\"",
                xlsx.headers().firstValue("Content-Disposition").orElse(null));
        List<String> texts = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue().replaceAll("\\s+", " ")); // the printer may wrap a line
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(cell.getNumericCellValue());
                    }
                }
            }
        }
        String agency = "ỦY BAN NHÂN DÂN " + unitName.toUpperCase(Locale.forLanguageTag("vi"));
        assertTrue(texts.stream().anyMatch(t -> t.contains(agency)), () -> agency + " in " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains(narrative)), "the narrative");
        assertTrue(texts.stream().anyMatch(t -> t.contains("Người lập biểu")), "the signers");
        assertTrue(texts.stream().anyMatch(t -> t.contains("phiên bản 1")), () -> "the status line in " + texts);
        assertTrue(numbers.contains(2.0), () -> "two persons under management in " + numbers);

        ApiResponse english = api.get(w.token("officerA"), REPORT + "/file?format=xlsx");
        assertTrue(
                strings(english).stream().anyMatch(t -> t.contains("PEOPLE'S COMMITTEE OF")),
                "an English caller's file");

        ApiResponse pdf = vi(w.token("officerA"), REPORT + "/file?format=pdf&version=1");
        assertEquals(200, pdf.status(), pdf::toString);
        assertTrue(pdf.contentType().startsWith("application/pdf"));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        // Kept for a look (pdftoppm target/periodic-report-commune.pdf): what the officer prints.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "periodic-report-commune.pdf"), pdf.body());
        assertEquals(
                404,
                api.get(w.token("officerA"), REPORT + "/file?format=pdf&version=7")
                        .status());

        ApiResponse preview = api.get(w.token("officerB"), REPORT + "/file?format=xlsx");
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(
                preview.headers().firstValue("Content-Disposition").orElse("").endsWith(".xlsx\""),
                "a preview has no version in its name");

        ApiResponse province = vi(w.token("supervisor"), REPORT + "/file?format=xlsx&unitId=" + w.province);
        assertEquals(200, province.status(), province::toString);
        List<String> all = strings(province);
        ApiResponse provincePdf = vi(w.token("supervisor"), REPORT + "/file?format=pdf&unitId=" + w.province);
        assertEquals(200, provincePdf.status(), provincePdf::toString);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "periodic-report-province.pdf"), provincePdf.body());
        assertTrue(all.stream().anyMatch(t -> t.contains(unitName)), "commune A is a row");
        assertTrue(all.stream().anyMatch(t -> t.startsWith("CÔNG AN TỈNH")), () -> "the agency in " + all);
        assertEquals(
                403, api.get(w.token("mentorA1"), REPORT + "/file?format=xlsx").status());
    }

    private static ApiResponse vi(String token, String path) {
        return api.send("GET", token, path, null, null, Map.of("Accept-Language", "vi"));
    }

    /** Every text cell of every sheet. */
    private static List<String> strings(ApiResponse file) throws IOException {
        List<String> all = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            all.add(cell.getStringCellValue().replaceAll("\\s+", " "));
                        }
                    }
                }
            }
        }
        return all;
    }
}
