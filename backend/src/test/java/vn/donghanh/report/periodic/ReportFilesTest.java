package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.donghanh.common.Bundles;

/**
 * The report files read back: every figure a commune's XLSX holds is the number put in (a number
 * cell, not text), the dash only where there is no figure, the province's communes sheet adds up;
 * the PDF is A4 with its Vietnamese words extractable. The files are also written to
 * {@code target/report-files/} (with an HTML picture of each sheet) to be looked at.
 */
class ReportFilesTest {
    private static final Properties WORDS = Bundles.load("i18n/report_vi.properties");
    private static final Path OUT = Path.of("target", "report-files");
    private static final List<String> COMMUNES = List.of(
            "Phường Tân Thịnh",
            "Phường Quang Trung",
            "Phường Phan Đình Phùng",
            "Phường Hoàng Văn Thụ",
            "Phường Túc Duyên",
            "Phường Gia Sàng",
            "Phường Đồng Bẩm",
            "Xã Quyết Thắng",
            "Xã Phúc Xuân",
            "Xã Tân Cương",
            "Xã Thịnh Đức",
            "Xã Sơn Cẩm");

    private final ReportXlsx xlsx = new ReportXlsx();
    private final ReportPdf pdf = new ReportPdf();

    @Test
    void aCommunesXlsxHoldsEveryFigureAsANumberUnderItsSection() throws Exception {
        ReportDocument doc = communeReport();
        byte[] bytes = xlsx.render(doc);
        write("bao-cao-xa.xlsx", bytes);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            write("bao-cao-xa.html", XlsxPreview.html(book).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(1, book.getNumberOfSheets(), "a commune's report has no communes sheet");
            assertEquals(doc.title(), book.getProperties().getCoreProperties().getTitle());
            Sheet sheet = book.getSheetAt(0);
            assertEquals("6 tháng đầu năm 2026", sheet.getSheetName(), "the tab is named by the period");
            assertTrue(texts(sheet).contains(doc.title()));
            assertTrue(texts(sheet).contains("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN THỊNH"), "the body on two even lines");
            assertTrue(texts(sheet).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"));
            DataFormatter shown = new DataFormatter();
            int checked = 0;
            for (ReportDocument.Row r : doc.rows()) {
                Row row = rowOf(sheet, r.number(), r.label());
                assertNotNull(row, "row " + r.number() + " " + r.label());
                if (r.heading()) {
                    continue;
                }
                Cell value = row.getCell(ReportXlsx.VALUE_COLUMN);
                if (r.value() == null) {
                    assertEquals(CellType.STRING, value.getCellType(), r.label());
                    assertEquals("—", value.getStringCellValue());
                } else {
                    assertEquals(CellType.NUMERIC, value.getCellType(), r.label());
                    assertEquals(r.value().doubleValue(), value.getNumericCellValue(), r.label());
                }
                assertEquals(r.measure(), row.getCell(3).getStringCellValue());
                checked++;
            }
            assertEquals(Indicator.values().length, checked);
            Row managed = rowOf(sheet, "1", WORDS.getProperty(Indicator.UNDER_MANAGEMENT.key("label")));
            assertEquals("1.234", shown.formatCellValue(managed.getCell(ReportXlsx.VALUE_COLUMN)));
            Row none = rowOf(sheet, "1.8", WORDS.getProperty(Indicator.SEX_OTHER.key("label")));
            assertEquals(0.0, none.getCell(ReportXlsx.VALUE_COLUMN).getNumericCellValue(), "a 0 is a 0, not a dash");
            assertEquals("0", shown.formatCellValue(none.getCell(ReportXlsx.VALUE_COLUMN)));
            assertTrue(texts(sheet).contains("Người lập biểu"));
            assertTrue(texts(sheet).contains("Thủ trưởng đơn vị"));
            assertTrue(
                    texts(sheet).contains("2. Số người giúp đỡ ở hai thôn vùng cao còn thiếu."),
                    "each narrative line a cell");

            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertFalse(print.getLandscape());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertNotNull(sheet.getRepeatingRows(), "the table's head repeats on every printed page");
        }
    }

    @Test
    void aProvincesXlsxListsItsCommunesAsRowsWithTheTotalLast() throws Exception {
        ReportDocument doc = provinceReport();
        byte[] bytes = xlsx.render(doc);
        write("bao-cao-tinh.xlsx", bytes);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            write(
                    "bao-cao-tinh-xa.html",
                    XlsxPreview.html(book, 1, 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(2, book.getNumberOfSheets());
            Sheet sheet = book.getSheetAt(1);
            assertEquals("Số liệu của các xã phường", sheet.getSheetName(), "no comma: POI misreads it");
            ReportDocument.CommuneTable table = doc.communes();
            assertEquals(table.heading(), sheet.getRow(0).getCell(0).getStringCellValue());
            int head = -1;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && "Đơn vị".equals(first.getStringCellValue())) {
                    head = row.getRowNum();
                }
            }
            assertTrue(head > 0, "the communes table has a head row");
            for (int i = 0; i < table.indicatorHeads().size(); i++) {
                assertEquals(
                        table.indicatorHeads().get(i),
                        sheet.getRow(head).getCell(2 + i).getStringCellValue());
            }
            List<ReportDocument.CommuneRow> expected = new ArrayList<>(table.rows());
            expected.add(table.total());
            for (int r = 0; r < expected.size(); r++) {
                ReportDocument.CommuneRow want = expected.get(r);
                Row row = sheet.getRow(head + 1 + r);
                assertEquals(want.name(), row.getCell(0).getStringCellValue());
                assertEquals(want.state(), row.getCell(1).getStringCellValue());
                for (int i = 0; i < want.values().size(); i++) {
                    Cell cell = row.getCell(2 + i);
                    Long v = want.values().get(i);
                    if (v == null) {
                        assertEquals("—", cell.getStringCellValue(), want.name() + " column " + i);
                    } else {
                        assertEquals(v.doubleValue(), cell.getNumericCellValue(), want.name() + " column " + i);
                    }
                }
            }
            Row total = sheet.getRow(head + expected.size());
            assertEquals(sheet.getLastRowNum(), total.getRowNum(), "the total is the last row");
            assertTrue(((XSSFCell) total.getCell(2)).getCellStyle().getFont().getBold(), "the total is bold");
            double sum = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                sum += sheet.getRow(head + 1 + r).getCell(2).getNumericCellValue();
            }
            assertEquals(sum, total.getCell(2).getNumericCellValue(), "the communes add up to the total");

            PaneInformation pane = sheet.getPaneInformation();
            assertEquals(head + 1, pane.getHorizontalSplitTopRow());
            assertEquals(1, pane.getVerticalSplitLeftColumn());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
        }
    }

    @Test
    void aCommunesPdfIsA4WithItsVietnameseWordsAndFigures() throws Exception {
        ReportDocument doc = communeReport();
        byte[] bytes = pdf.render(doc);
        write("bao-cao-xa.pdf", bytes);
        PdfReader reader = new PdfReader(bytes);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            Rectangle size = reader.getPageSizeWithRotation(p);
            assertEquals(595, size.getWidth(), 1, "A4 width, page " + p);
            assertEquals(842, size.getHeight(), 1, "A4 height, page " + p);
        }
        assertTrue(reader.getNumberOfPages() >= 2, "46 rows do not fit one page");
        assertEquals(doc.title(), reader.getInfo().get("Title"));
        String text = text(reader);
        for (String words : List.of(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN PHƯỜNG TÂN THỊNH",
                doc.title(),
                "Người lập biểu",
                "Thủ trưởng đơn vị",
                "(Ký, ghi rõ họ tên)",
                "Tân Thịnh, ngày 08 tháng 06 năm 2026",
                "Số người tái nghiện trong kỳ",
                "Thời gian trung vị đến khi có người liên hệ",
                "Số người giúp đỡ ở hai thôn vùng cao còn thiếu.",
                "1.234")) {
            assertTrue(text.contains(words), "the PDF says: " + words);
        }
        assertTrue(count(text, "Chỉ tiêu") >= 2, "the table's head is repeated on the next page");
    }

    @Test
    void aProvincesPdfAnnexesItsCommunesOnLandscapePages() throws Exception {
        ReportDocument doc = provinceReport();
        byte[] bytes = pdf.render(doc);
        write("bao-cao-tinh.pdf", bytes);
        PdfReader reader = new PdfReader(bytes);
        int landscape = 0;
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        int groups = ReportLayout.columnGroups(doc.communes().indicatorHeads().size())
                .size();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            Rectangle size = reader.getPageSizeWithRotation(p);
            if (size.getWidth() > size.getHeight()) {
                assertEquals(842, size.getWidth(), 1);
                assertEquals(595, size.getHeight(), 1);
                String page = extractor.getTextFromPage(p).replaceAll("\\s+", " ");
                for (String commune : COMMUNES) {
                    assertTrue(page.contains(commune), commune + " on landscape page " + p);
                }
                assertTrue(page.contains("Tổng cộng"), "the total on page " + p);
                landscape++;
            } else {
                assertEquals(595, size.getWidth(), 1);
            }
        }
        assertEquals(groups, landscape, "one landscape page per group of columns");
        String text = text(reader);
        assertTrue(text.contains("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"));
        assertTrue(text.contains(
                ReportFigures.format(doc.communes().total().values().get(0))));
        assertTrue(text.contains("Phường Phan Đình Phùng"));
    }

    @Test
    void aLongCommunesTableRepeatsItsHeadsOnEveryLandscapePage() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(COMMUNES.get(i % COMMUNES.size()) + " " + (i / COMMUNES.size() + 1));
        }
        ReportDocument doc = provinceReport(many);
        byte[] bytes = pdf.render(doc);
        write("bao-cao-tinh-60.pdf", bytes);
        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        int landscape = 0;
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            Rectangle size = reader.getPageSizeWithRotation(p);
            if (size.getWidth() > size.getHeight()) {
                String page = extractor.getTextFromPage(p).replaceAll("\\s+", " ");
                assertTrue(page.contains("Đơn vị Tình trạng báo cáo"), "the heads on page " + p);
                assertTrue(page.contains("Số liệu của các xã, phường"), "the heading on page " + p);
                landscape++;
            }
        }
        int groups = ReportLayout.columnGroups(doc.communes().indicatorHeads().size())
                .size();
        assertTrue(landscape >= 2 * groups, "60 communes take more than a page per group: " + landscape);
        assertTrue(text(reader).contains("Xã Sơn Cẩm 5"));
    }

    @Test
    void anEmptyCommunesTableIsNoAnnexAndALongNarrativeIsNotCutOff() throws Exception {
        ReportDocument base = communeReport();
        String sentence = "Công tác phối hợp giữa công an xã, đoàn thể và gia đình được duy trì thường xuyên. ";
        String longLine = sentence.repeat(60).strip();
        ReportDocument doc = new ReportDocument(
                base.agency(),
                base.title(),
                base.unitLine(),
                base.periodLine(),
                base.statusLine(),
                base.asOfLine(),
                base.columnHeads(),
                base.rows(),
                new ReportDocument.CommuneTable("Số liệu của các xã, phường", List.of(), List.of(), null),
                base.narrativeHeading(),
                "Mở đầu.\n" + longLine,
                base.placeAndDate(),
                base.signers(),
                base.signHint(),
                base.fileName());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.render(doc)))) {
            assertEquals(1, book.getNumberOfSheets(), "no communes, no communes sheet");
            Sheet sheet = book.getSheetAt(0);
            StringBuilder narrative = new StringBuilder();
            boolean in = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
                if (text.equals(base.narrativeHeading())) {
                    in = true;
                } else if (in && text.startsWith("Công tác")) {
                    assertTrue(row.getHeightInPoints() <= 409, "an Excel row is at most 409 pt: " + row.getRowNum());
                    // At most about 110 letters fit a line across the sheet's width, of 15 pt.
                    assertTrue(
                            row.getHeightInPoints() >= text.length() / 110 * 15f,
                            "and tall enough for its lines: " + row.getHeightInPoints() + " for " + text.length());
                    narrative.append(text).append(' ');
                }
            }
            assertEquals(longLine, narrative.toString().strip(), "every word of the narrative is there");
        }
        PdfReader reader = new PdfReader(pdf.render(doc));
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            assertEquals(595, reader.getPageSizeWithRotation(p).getWidth(), 1, "no landscape annex, page " + p);
        }
    }

    @Test
    void figuresReadTheVietnameseWay() {
        assertEquals("0", ReportFigures.format(0L));
        assertEquals("999", ReportFigures.format(999L));
        assertEquals("1.234", ReportFigures.format(1234L));
        assertEquals("1.234.567", ReportFigures.format(1_234_567L));
        assertEquals("—", ReportFigures.format(null));
    }

    @Test
    void indicatorColumnsAreCutIntoEvenGroups() {
        assertEquals(List.of(8, 8, 8, 8, 8, 6), sizes(ReportLayout.columnGroups(46)));
        assertEquals(List.of(9), sizes(ReportLayout.columnGroups(9)));
        assertEquals(List.of(5, 5), sizes(ReportLayout.columnGroups(10)));
        assertEquals(List.of(), sizes(ReportLayout.columnGroups(0)));
    }

    // --- the documents, as the service would word them ---

    static ReportDocument communeReport() {
        List<ReportDocument.Row> rows = new ArrayList<>();
        Indicator.Section section = null;
        for (Indicator i : Indicator.values()) {
            if (i.section() != section) {
                section = i.section();
                rows.add(sectionRow(section));
            }
            rows.add(new ReportDocument.Row(
                    i.number(),
                    WORDS.getProperty(i.key("label")),
                    WORDS.getProperty("report.measure." + i.measure().name()),
                    communeValue(i),
                    false,
                    i.isSubRow(),
                    i));
        }
        return document(
                "ỦY BAN NHÂN DÂN PHƯỜNG TÂN THỊNH",
                "Đơn vị báo cáo: Phường Tân Thịnh, Thành phố Thái Nguyên, Tỉnh Thái Nguyên",
                rows,
                null,
                "Tân Thịnh, ngày 08 tháng 06 năm 2026",
                "bao-cao-2026-H1-DEMO-TT-v2");
    }

    static ReportDocument provinceReport() {
        return provinceReport(COMMUNES);
    }

    static ReportDocument provinceReport(List<String> names) {
        List<Indicator> all = List.of(Indicator.values());
        List<ReportDocument.CommuneRow> communes = new ArrayList<>();
        long[] sums = new long[all.size()];
        for (int c = 0; c < names.size(); c++) {
            List<Long> values = new ArrayList<>();
            for (int j = 0; j < all.size(); j++) {
                Indicator i = all.get(j);
                Long v = i.isCount() ? (long) ((c * 7 + j * 3) % 40 + (j == 0 ? 60 + c * 37 : 0)) : null;
                if (!i.isCount() && c % 3 != 2) {
                    v = (long) (50 + (c * 11 + j) % 50);
                }
                values.add(v);
                sums[j] += v == null ? 0 : v;
            }
            String state =
                    c == 0 ? "Đã nộp 08/06" : c % 4 == 1 ? "Nộp muộn 12/06" : c % 4 == 2 ? "Chưa nộp" : "Đã nộp 05/06";
            communes.add(new ReportDocument.CommuneRow(names.get(c), state, values));
        }
        List<Long> totals = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<ReportDocument.Row> rows = new ArrayList<>();
        Indicator.Section section = null;
        for (int j = 0; j < all.size(); j++) {
            Indicator i = all.get(j);
            Long total = i.isCount() ? sums[j] : i == Indicator.HELP_FIRST_CONTACT_MEDIAN ? 7L : 64L;
            totals.add(total);
            String label = WORDS.getProperty(i.key("label"));
            heads.add(i.number() + ". " + label);
            if (i.section() != section) {
                section = i.section();
                rows.add(sectionRow(section));
            }
            rows.add(new ReportDocument.Row(
                    i.number(),
                    label,
                    WORDS.getProperty("report.measure." + i.measure().name()),
                    total,
                    false,
                    i.isSubRow(),
                    i));
        }
        ReportDocument.CommuneTable table = new ReportDocument.CommuneTable(
                "Số liệu của các xã, phường",
                heads,
                communes,
                new ReportDocument.CommuneRow("Tổng cộng", "7/12 đã nộp", totals));
        return document(
                "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
                "Đơn vị báo cáo: Tỉnh Thái Nguyên (12 xã, phường)",
                rows,
                table,
                "Thái Nguyên, ngày 12 tháng 06 năm 2026",
                "bao-cao-2026-H1-19-v1");
    }

    private static ReportDocument document(
            String agency,
            String unitLine,
            List<ReportDocument.Row> rows,
            ReportDocument.CommuneTable communes,
            String placeAndDate,
            String fileName) {
        return new ReportDocument(
                agency,
                WORDS.getProperty("report.title"),
                unitLine,
                "6 tháng đầu năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/06/2026)",
                "Đã nộp ngày 08/06/2026, phiên bản 2 — sửa: bổ sung 2 lượt xét nghiệm nhập muộn",
                "Số liệu tính đến ngày 08/06/2026",
                List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"),
                rows,
                communes,
                "Khó khăn, vướng mắc và đề xuất",
                "1. Một số người sau cai nghiện đi làm ăn xa, khó liên hệ định kỳ; đã phối hợp với công an nơi tạm trú.\n"
                        + "2. Số người giúp đỡ ở hai thôn vùng cao còn thiếu.\n"
                        + "\n"
                        + "Đề xuất: Ủy ban nhân dân thành phố hỗ trợ kinh phí tập huấn cho người giúp đỡ, "
                        + "và ưu tiên giới thiệu việc làm tại các khu công nghiệp Yên Bình, Điềm Thụy.",
                placeAndDate,
                List.of("Người lập biểu", "Thủ trưởng đơn vị"),
                "(Ký, ghi rõ họ tên)",
                fileName);
    }

    private static ReportDocument.Row sectionRow(Indicator.Section section) {
        String words = WORDS.getProperty("report.section." + section.name());
        int dot = words.indexOf(". ");
        return new ReportDocument.Row(words.substring(0, dot), words.substring(dot + 2), "", null, true, false, null);
    }

    /** Figures of a commune, with the awkward ones: a thousand, zeros, and shares and a median of nothing. */
    private static Long communeValue(Indicator i) {
        return switch (i) {
            case UNDER_MANAGEMENT -> 1234L;
            case SEX_OTHER, DECEASED, RETENTION_6M_CHECKED, RETENTION_6M_KEPT -> 0L;
            case RETENTION_6M_PERCENT, HELP_FIRST_CONTACT_MEDIAN -> null;
            case WITH_MENTOR_PERCENT -> 87L;
            default -> (long) (i.ordinal() * 13 % 97 + 1);
        };
    }

    // --- reading back ---

    private static Row rowOf(Sheet sheet, String number, String label) {
        for (Row row : sheet) {
            Cell n = row.getCell(0);
            Cell l = row.getCell(1);
            if (n != null
                    && l != null
                    && n.getCellType() == CellType.STRING
                    && l.getCellType() == CellType.STRING
                    && number.equals(n.getStringCellValue())
                    && label.equals(l.getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private static List<String> texts(Sheet sheet) {
        List<String> all = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    all.add(c.getStringCellValue());
                }
            }
        }
        return all;
    }

    private static String text(PdfReader reader) throws Exception {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            sb.append(extractor.getTextFromPage(p)).append('\n');
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    private static int count(String text, String words) {
        int n = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            n++;
        }
        return n;
    }

    private static List<Integer> sizes(List<int[]> groups) {
        return groups.stream().map(g -> g[1] - g[0]).toList();
    }

    private static void write(String name, byte[] bytes) throws Exception {
        Files.createDirectories(OUT);
        if (name.endsWith(".html")) {
            XlsxPreview.writeFonts(OUT);
        }
        Files.write(OUT.resolve(name), bytes);
    }
}
