package vn.donghanh.report.periodic;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prints a {@link ReportDocument} as an XLSX workbook (Apache POI) laid out like the paper form
 * (Decree 30/2020): the issuing body and the national motto side by side, the title, the numbered
 * indicator table, the narrative and the signature block, on one sheet that prints on A4 portrait.
 * A province's or district's report gets a second sheet with its communes as rows.
 *
 * <p>Figures are numeric cells (a reader can sum them), shown with dots between thousands; a figure
 * that cannot be computed is a "—" text cell. Row heights are set from the text's length, because
 * Excel does not grow a merged cell's row to fit its wrapped text.
 */
@Singleton
public class ReportXlsx {
    /** Columns of the report sheet: STT, the label over two columns (so the motto fits above), unit, figure. */
    private static final int[] WIDTHS = {6, 26, 28, 16, 12};

    private static final int LAST = WIDTHS.length - 1;
    /** The column the figures are in (0-based). */
    static final int VALUE_COLUMN = 4;

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String SHORT_RULE = "—".repeat(6);
    private static final String LONG_RULE = "—".repeat(14);

    private static final int NAME_COLUMN_MIN = 18;
    private static final int NAME_COLUMN_MAX = 34;
    private static final int INDICATOR_COLUMN = 12;
    private static final int PIECE = 1500;

    public byte[] render(ReportDocument document) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(book);
            book.getProperties().getCoreProperties().setTitle(document.title());
            book.getProperties().getCoreProperties().setCreator("Đồng Hành");
            String first = sheetName(periodOnly(document.periodLine()), sheetName(document.title(), "1"));
            reportSheet(book.createSheet(first), styles, document);
            if (ReportLayout.hasCommunes(document)) {
                String second = sheetName(document.communes().heading(), "2");
                communesSheet(book.createSheet(second.equals(first) ? second + " 2" : second), styles, document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reportSheet(Sheet sheet, XlsxStyles s, ReportDocument d) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.setDisplayGridlines(false);
        Rows rows = new Rows(sheet);

        String agency = ReportLayout.balanced(
                d.agency(), XlsxStyles.MEASURE.bold(), 12, XlsxStyles.usableWidth(WIDTHS[0] + WIDTHS[1], 2));
        // Both blocks in one row each side, their rules on the next, as on paper: the nation and the
        // motto are one cell of two lines (the motto a point larger), so no gap opens between them.
        Row top = rows.next();
        rows.put(top, 0, 1, agency, s.agency, 12, true);
        rows.put(top, 2, LAST, NATION + "\n" + MOTTO, s.agency, 13, true);
        XSSFRichTextString heading = new XSSFRichTextString(NATION + "\n" + MOTTO);
        heading.applyFont(0, NATION.length(), s.agency.getFont());
        heading.applyFont(NATION.length() + 1, heading.length(), s.motto.getFont());
        top.getCell(2).setCellValue(heading);
        Row rules = rows.next();
        rows.put(rules, 0, 1, SHORT_RULE, s.rule, 12, false);
        rows.put(rules, 2, LAST, LONG_RULE, s.rule, 12, false);
        rows.gap(10);

        rows.line(d.title(), s.title, 14, true);
        rows.line(d.unitLine(), s.centredBold, 12, true);
        rows.line(d.periodLine(), s.centredItalic, 12, false);
        rows.line(d.statusLine(), s.centred, 12, false);
        rows.line(d.asOfLine(), s.centredItalic, 12, false);
        rows.gap(10);

        Row head = rows.next();
        rows.put(head, 0, 0, ReportLayout.head(d, 0), s.head, 12, true);
        rows.put(head, 1, 2, ReportLayout.head(d, 1), s.head, 12, true);
        rows.put(head, 3, 3, ReportLayout.head(d, 2), s.head, 12, true);
        rows.put(head, 4, 4, ReportLayout.head(d, 3), s.head, 12, true);
        int headRow = head.getRowNum();
        sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));

        for (ReportDocument.Row r : d.rows()) {
            Row row = rows.next();
            if (r.heading()) {
                rows.put(row, 0, 0, r.number(), s.numberBold, 12, true);
                rows.put(row, 1, LAST, r.label(), s.sectionLabel, 12, true);
                continue;
            }
            rows.put(row, 0, 0, r.number(), r.subRow() ? s.number : s.numberBold, 12, false);
            rows.put(row, 1, 2, r.label(), r.subRow() ? s.subLabel : s.label, 12, false);
            rows.put(row, 3, 3, r.measure(), s.measure, 12, false);
            figure(row, VALUE_COLUMN, r.value(), s.figure, s.noFigure);
        }
        rows.gap(12);

        if (!blank(d.narrative()) || !blank(d.narrativeHeading())) {
            rows.line(d.narrativeHeading(), s.leftBold, 12, true);
            for (String paragraph : pieces(d.narrative())) {
                rows.put(rows.next(), 0, LAST, paragraph, s.narrative, 12, false);
            }
            rows.gap(12);
        }

        List<int[]> spans = signatureSpans(d.signers().size());
        if (!blank(d.placeAndDate())) {
            int[] right = spans.isEmpty() ? new int[] {2, LAST} : spans.get(spans.size() - 1);
            rows.put(rows.next(), right[0], right[1], d.placeAndDate(), s.centredItalic, 12, false);
        }
        Row signers = rows.next();
        Row hints = rows.next();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            rows.put(signers, span[0], span[1], d.signers().get(i), s.centredBold, 12, true);
            rows.put(hints, span[0], span[1], d.signHint(), s.centredItalic, 12, false);
        }
        for (int i = 0; i < 4; i++) {
            rows.gap(20);
        }

        sheet.setHorizontallyCenter(true);
        margins(sheet, 0.6, 0.4);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getFooter().setCenter("&P / &N");
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, LAST, 0, rows.last());
    }

    private static void communesSheet(Sheet sheet, XlsxStyles s, ReportDocument d) {
        ReportDocument.CommuneTable table = d.communes();
        int indicators = table.indicatorHeads().size();
        int nameWidth = NAME_COLUMN_MIN;
        int stateWidth = 12;
        for (ReportDocument.CommuneRow c : allRows(table)) {
            nameWidth = Math.max(nameWidth, Math.min(NAME_COLUMN_MAX, c.name().length() + 3));
            stateWidth = Math.max(stateWidth, Math.min(22, c.state().length() + 2));
        }
        // The heading sits in the frozen name column: wide enough for it, since text running on over
        // the frozen line may be cut there.
        while (nameWidth < NAME_COLUMN_MAX + 6
                && XlsxStyles.usableWidth(nameWidth, 1)
                        < XlsxStyles.MEASURE.bold().getWidthPoint(table.heading(), 14)) {
            nameWidth++;
        }
        sheet.setColumnWidth(0, nameWidth * 256);
        sheet.setColumnWidth(1, stateWidth * 256);
        for (int i = 0; i < indicators; i++) {
            sheet.setColumnWidth(2 + i, INDICATOR_COLUMN * 256);
        }
        sheet.setDisplayGridlines(false);
        Rows rows = new Rows(sheet);
        // The heading and the period in the first cell, not merged: they run on over the empty cells.
        rows.put(rows.next(), 0, 0, table.heading(), s.heading, 14, false);
        rows.put(rows.next(), 0, 0, d.unitLine(), s.leftBold, 12, false);
        rows.put(rows.next(), 0, 0, d.periodLine(), s.leftItalic, 12, false);
        rows.gap(8);

        Row head = rows.next();
        rows.put(head, 0, 0, ReportLayout.communeNameHead(d), s.head, 12, true, nameWidth);
        rows.put(head, 1, 1, ReportLayout.communeStateHead(d), s.head, 12, true, stateWidth);
        for (int i = 0; i < indicators; i++) {
            rows.put(head, 2 + i, 2 + i, table.indicatorHeads().get(i), s.head, 12, true, INDICATOR_COLUMN);
        }
        int headRow = head.getRowNum();

        for (ReportDocument.CommuneRow c : table.rows()) {
            communeRow(rows, s, c, false, nameWidth, stateWidth);
        }
        if (table.total() != null) {
            communeRow(rows, s, table.total(), true, nameWidth, stateWidth);
        }

        sheet.createFreezePane(1, headRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headRow, headRow, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        margins(sheet, 0.5, 0.4);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        // Not fit to one page: 46 columns would shrink to unreadable. The name and state columns
        // and the head row repeat on every printed page instead, like the PDF's column groups.
        print.setScale((short) 85);
        sheet.getFooter().setCenter("&P / &N");
    }

    private static void communeRow(
            Rows rows, XlsxStyles s, ReportDocument.CommuneRow c, boolean total, int nameWidth, int stateWidth) {
        Row row = rows.next();
        rows.put(row, 0, 0, c.name(), total ? s.labelBold : s.label, 12, total, nameWidth);
        rows.put(row, 1, 1, c.state(), total ? s.measureBold : s.measure, 12, total, stateWidth);
        for (int i = 0; i < c.values().size(); i++) {
            figure(row, 2 + i, c.values().get(i), total ? s.figureBold : s.figure, total ? s.noFigureBold : s.noFigure);
        }
    }

    private static void figure(Row row, int column, Long value, XSSFCellStyle number, XSSFCellStyle none) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue(ReportFigures.NONE);
            cell.setCellStyle(none);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(number);
        }
    }

    /** Where each signer sits: two signers under the two halves of the header (body left, head right). */
    private static List<int[]> signatureSpans(int signers) {
        return switch (signers) {
            case 0 -> List.of();
            case 1 -> List.of(new int[] {2, LAST});
            case 2 -> List.of(new int[] {0, 1}, new int[] {2, LAST});
            case 3 -> List.of(new int[] {0, 1}, new int[] {2, 2}, new int[] {3, LAST});
            default -> {
                // More signers than columns: one column each, the rest share the last one.
                List<int[]> spans = new java.util.ArrayList<>();
                for (int i = 0; i < signers; i++) {
                    int c = Math.min(i, LAST);
                    spans.add(new int[] {c, c});
                }
                yield spans;
            }
        };
    }

    private static List<ReportDocument.CommuneRow> allRows(ReportDocument.CommuneTable table) {
        List<ReportDocument.CommuneRow> all = new java.util.ArrayList<>(table.rows());
        if (table.total() != null) {
            all.add(table.total());
        }
        return all;
    }

    /** The narrative's lines as written (a blank line stays a blank line). */
    static List<String> paragraphs(String text) {
        if (blank(text)) {
            return List.of();
        }
        return text.strip().lines().map(String::stripTrailing).toList();
    }

    /**
     * The lines again, a very long one cut at a sentence or word into pieces of at most
     * {@link #PIECE} characters: an Excel row is at most 409 points tall, about 25 lines.
     */
    private static List<String> pieces(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : paragraphs(text)) {
            String rest = line;
            while (rest.length() > PIECE) {
                int cut = rest.lastIndexOf(". ", PIECE);
                cut = cut > PIECE / 2 ? cut + 1 : rest.lastIndexOf(' ', PIECE);
                cut = cut > 0 ? cut : PIECE;
                out.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            out.add(rest);
        }
        return out;
    }

    private static void margins(Sheet sheet, double sides, double topBottom) {
        sheet.setMargin(PageMargin.LEFT, sides + 0.2);
        sheet.setMargin(PageMargin.RIGHT, sides);
        sheet.setMargin(PageMargin.TOP, topBottom + 0.2);
        sheet.setMargin(PageMargin.BOTTOM, topBottom + 0.3);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "6 tháng đầu năm 2026 (số liệu từ ...)" → "6 tháng đầu năm 2026": the report's tab is named by its period. */
    private static String periodOnly(String periodLine) {
        if (blank(periodLine)) {
            return null;
        }
        int cut = periodLine.indexOf('(');
        return (cut > 0 ? periodLine.substring(0, cut) : periodLine).strip();
    }

    /**
     * A tab name from a heading: sentence case, cut at a word under Excel's 31 characters, without
     * the characters Excel refuses, nor commas (POI misreads a print-titles reference to a sheet
     * whose name has one).
     */
    static String sheetName(String heading, String fallback) {
        if (blank(heading)) {
            return fallback;
        }
        Locale vi = Locale.forLanguageTag("vi");
        String cleaned = heading.replaceAll("[:\\\\/?*\\[\\]',]", " ").strip().replaceAll("\\s+", " ");
        String lower = cleaned.toLowerCase(vi);
        String name = cleaned.equals(cleaned.toUpperCase(vi))
                ? lower.substring(0, 1).toUpperCase(vi) + lower.substring(1)
                : cleaned;
        if (name.length() > 31) {
            int cut = name.lastIndexOf(' ', 31);
            name = name.substring(0, cut > 10 ? cut : 31).strip();
        }
        return name.isEmpty() ? fallback : name;
    }

    /** The sheet's rows in order, and the heights their wrapped text needs. */
    private static final class Rows {
        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        Row next() {
            return sheet.createRow(next++);
        }

        int last() {
            return next - 1;
        }

        void gap(float points) {
            next().setHeightInPoints(points);
        }

        /** A line over the whole width, skipped when the document has nothing for it. */
        void line(String text, XSSFCellStyle style, int points, boolean bold) {
            if (!blank(text)) {
                put(next(), 0, LAST, text, style, points, bold);
            }
        }

        void put(Row row, int first, int last, String text, XSSFCellStyle style, int points, boolean bold) {
            int width = 0;
            for (int c = first; c <= last; c++) {
                width += WIDTHS[c];
            }
            put(row, first, last, text, style, points, bold, width);
        }

        /** Text in columns first..last (merged, every cell styled so borders draw), and a row tall enough. */
        void put(Row row, int first, int last, String text, XSSFCellStyle style, int points, boolean bold, int width) {
            for (int c = first; c <= last; c++) {
                row.createCell(c).setCellStyle(style);
            }
            row.getCell(first).setCellValue(text == null ? "" : text);
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
            int room = style.getWrapText() ? width - style.getIndention() : Integer.MAX_VALUE;
            float needed = XlsxStyles.heightOf(text, room, last - first + 1, points, bold);
            if (needed > row.getHeightInPoints()) {
                row.setHeightInPoints(needed);
            }
        }
    }
}
