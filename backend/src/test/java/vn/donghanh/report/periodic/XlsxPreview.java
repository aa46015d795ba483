package vn.donghanh.report.periodic;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook drawn as HTML (column widths, row heights, merges, fonts, alignment, wrapping, borders,
 * fills and the numbers as Excel formats them), so a headless browser can take a picture of what a
 * spreadsheet program would show — this machine has none. Text a cell cannot hold is clipped, as in
 * Excel, so a row too short for its text shows as cut off.
 */
final class XlsxPreview {
    private static final String[][] FACES = {
        {"Regular", "normal", "normal"},
        {"Bold", "bold", "normal"},
        {"Italic", "normal", "italic"},
        {"BoldItalic", "bold", "italic"}
    };
    /** Times New Roman as Excel would show it: Liberation Serif, its metric twin, next to the page. */
    private static final String FONT_FACES = java.util.Arrays.stream(FACES)
            .map(f -> "@font-face{font-family:'Times New Roman';src:url(fonts/LiberationSerif-" + f[0]
                    + ".ttf);font-weight:" + f[1] + ";font-style:" + f[2] + "}")
            .collect(java.util.stream.Collectors.joining());

    private XlsxPreview() {}

    /** The faces the HTML refers to, copied from the class path into {@code dir}/fonts. */
    static void writeFonts(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path fonts = java.nio.file.Files.createDirectories(dir.resolve("fonts"));
        for (String[] f : FACES) {
            String name = "LiberationSerif-" + f[0] + ".ttf";
            try (java.io.InputStream in =
                    XlsxPreview.class.getClassLoader().getResourceAsStream("liberation/" + name)) {
                java.nio.file.Files.copy(in, fonts.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String html(XSSFWorkbook book) {
        return html(book, 0, book.getNumberOfSheets());
    }

    /** Sheets from..to (exclusive) only. */
    static String html(XSSFWorkbook book, int from, int to) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder out = new StringBuilder(
                "<!doctype html><meta charset=utf-8><style>" + FONT_FACES + "body{font-family:'Times New Roman',serif;"
                        + "margin:8px;background:#fff}table{border-collapse:collapse;table-layout:fixed;margin-bottom:24px}"
                        + "td{padding:0 3px;overflow:hidden;box-sizing:border-box;border:1px dotted #e4e4e4}"
                        + "h1{font:bold 13px sans-serif;color:#36c}</style>");
        for (int s = from; s < to; s++) {
            XSSFSheet sheet = book.getSheetAt(s);
            int columns = 0;
            for (Row row : sheet) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            out.append("<h1>").append(escape(sheet.getSheetName())).append("</h1><table><colgroup>");
            int total = 0;
            for (int c = 0; c < columns; c++) {
                int px = Math.round(sheet.getColumnWidth(c) / 256f * 8 + 5);
                total += px;
                out.append("<col style='width:").append(px).append("px'>");
            }
            out.insert(out.lastIndexOf("<table>") + 6, " style='width:" + total + "px'");
            out.append("</colgroup>");
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                float height = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
                out.append("<tr style='height:").append(height).append("pt'>");
                for (int c = 0; c < columns; c++) {
                    CellRangeAddress merged = mergedAt(sheet, r, c);
                    if (merged != null && (merged.getFirstRow() != r || merged.getFirstColumn() != c)) {
                        continue;
                    }
                    Cell cell = row == null ? null : row.getCell(c);
                    out.append("<td");
                    if (merged != null) {
                        out.append(" colspan=").append(merged.getLastColumn() - merged.getFirstColumn() + 1);
                    }
                    if (cell != null) {
                        out.append(" style=\"")
                                .append(css((XSSFCellStyle) cell.getCellStyle(), height))
                                .append('"');
                    }
                    out.append('>');
                    if (cell != null) {
                        // Unwrapped left-aligned text runs on over the empty cells to its right, as in Excel.
                        boolean wraps = cell.getCellStyle().getWrapText()
                                || cell.getCellStyle().getAlignment() != HorizontalAlignment.LEFT;
                        out.append("<div style='max-height:")
                                .append(height)
                                .append(wraps ? "pt;overflow:hidden'>" : "pt;overflow:visible;width:0'>")
                                .append(escape(formatter.formatCellValue(cell)))
                                .append("</div>");
                    }
                    out.append("</td>");
                }
                out.append("</tr>");
            }
            out.append("</table>");
        }
        return out.toString();
    }

    private static String css(XSSFCellStyle style, float height) {
        XSSFFont font = style.getFont();
        StringBuilder css = new StringBuilder();
        css.append("font-size:").append(font.getFontHeightInPoints()).append("pt;");
        if (font.getBold()) {
            css.append("font-weight:bold;");
        }
        if (font.getItalic()) {
            css.append("font-style:italic;");
        }
        String align =
                switch (style.getAlignment()) {
                    case CENTER, CENTER_SELECTION -> "center";
                    case RIGHT -> "right";
                    case JUSTIFY -> "justify";
                    default -> "left";
                };
        css.append("text-align:").append(align).append(';');
        css.append("vertical-align:")
                .append(
                        switch (style.getVerticalAlignment()) {
                            case TOP -> "top";
                            case CENTER -> "middle";
                            default -> "bottom";
                        })
                .append(';');
        css.append(style.getWrapText() ? "white-space:pre-wrap;" : "white-space:pre;overflow:visible;");
        if (style.getIndention() > 0) {
            css.append("padding-left:").append(style.getIndention() * 9 + 3).append("px;");
        }
        border(css, "top", style.getBorderTop());
        border(css, "bottom", style.getBorderBottom());
        border(css, "left", style.getBorderLeft());
        border(css, "right", style.getBorderRight());
        XSSFColor fill = style.getFillForegroundXSSFColor();
        if (fill != null && fill.getRGB() != null) {
            byte[] rgb = fill.getRGB();
            css.append(String.format("background:#%02x%02x%02x;", rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff));
        }
        return css.toString();
    }

    private static void border(StringBuilder css, String side, BorderStyle style) {
        if (style != BorderStyle.NONE) {
            css.append("border-").append(side).append(":1px solid #000;");
        }
    }

    private static CellRangeAddress mergedAt(XSSFSheet sheet, int row, int column) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(row, column)) {
                return range;
            }
        }
        return null;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
