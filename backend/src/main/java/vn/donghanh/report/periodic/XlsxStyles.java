package vn.donghanh.report.periodic;

import com.lowagie.text.pdf.BaseFont;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report workbook's cell styles, made once per workbook (Excel caps a file's styles). Everything
 * is Times New Roman, the face of Vietnamese administrative documents (LibreOffice shows it as the
 * metric-compatible Liberation Serif); the workbook's default font is set to it too, so column
 * widths, measured in the default font's digits, match what is printed.
 */
final class XlsxStyles {
    static final String FONT = "Times New Roman";
    private static final byte[] HEAD_FILL = {(byte) 0xD9, (byte) 0xE2, (byte) 0xF3};
    /** Liberation Serif's widths (Times New Roman's): to measure text, never written to the file. */
    static final ReportFonts.Faces MEASURE = new ReportFonts().faces();

    private static final byte[] SECTION_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

    final XSSFCellStyle agency;
    final XSSFCellStyle motto;
    final XSSFCellStyle rule;
    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    final XSSFCellStyle centred;
    final XSSFCellStyle centredBold;
    final XSSFCellStyle centredItalic;
    final XSSFCellStyle leftBold;
    final XSSFCellStyle leftItalic;
    final XSSFCellStyle narrative;
    final XSSFCellStyle head;
    final XSSFCellStyle number;
    final XSSFCellStyle numberBold;
    final XSSFCellStyle label;
    final XSSFCellStyle labelBold;
    final XSSFCellStyle subLabel;
    final XSSFCellStyle sectionLabel;
    final XSSFCellStyle measure;
    final XSSFCellStyle measureBold;
    final XSSFCellStyle figure;
    final XSSFCellStyle figureBold;
    final XSSFCellStyle noFigure;
    final XSSFCellStyle noFigureBold;

    private final XSSFWorkbook book;

    XlsxStyles(XSSFWorkbook book) {
        this.book = book;
        XSSFFont normal = book.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 12);
        XSSFFont bold = font(12, true, false);
        XSSFFont italic = font(12, false, true);

        agency = text(bold, HorizontalAlignment.CENTER, true);
        motto = text(font(13, true, false), HorizontalAlignment.CENTER, true);
        rule = text(normal, HorizontalAlignment.CENTER, false);
        title = text(font(14, true, false), HorizontalAlignment.CENTER, true);
        heading = text(font(14, true, false), HorizontalAlignment.LEFT, false);
        centred = text(normal, HorizontalAlignment.CENTER, true);
        centredBold = text(bold, HorizontalAlignment.CENTER, true);
        centredItalic = text(italic, HorizontalAlignment.CENTER, true);
        leftBold = text(bold, HorizontalAlignment.LEFT, false);
        leftItalic = text(italic, HorizontalAlignment.LEFT, false);
        narrative = text(normal, HorizontalAlignment.JUSTIFY, true);
        narrative.setVerticalAlignment(VerticalAlignment.TOP);

        head = boxed(font(12, true, false), HorizontalAlignment.CENTER);
        head.setFillForegroundColor(new XSSFColor(HEAD_FILL, null));
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        number = boxed(normal, HorizontalAlignment.CENTER);
        numberBold = boxed(bold, HorizontalAlignment.CENTER);
        label = boxed(normal, HorizontalAlignment.LEFT);
        labelBold = boxed(bold, HorizontalAlignment.LEFT);
        subLabel = boxed(normal, HorizontalAlignment.LEFT);
        subLabel.setIndention((short) 2);
        sectionLabel = boxed(bold, HorizontalAlignment.LEFT);
        sectionLabel.setFillForegroundColor(new XSSFColor(SECTION_FILL, null));
        sectionLabel.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        measure = boxed(normal, HorizontalAlignment.CENTER);
        measureBold = boxed(bold, HorizontalAlignment.CENTER);
        short dots = book.createDataFormat().getFormat(ReportFigures.XLSX_FORMAT);
        figure = boxed(normal, HorizontalAlignment.RIGHT);
        figure.setDataFormat(dots);
        figureBold = boxed(bold, HorizontalAlignment.RIGHT);
        figureBold.setDataFormat(dots);
        noFigure = boxed(normal, HorizontalAlignment.RIGHT);
        noFigureBold = boxed(bold, HorizontalAlignment.RIGHT);
    }

    private XSSFFont font(int points, boolean bold, boolean italic) {
        XSSFFont f = book.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private XSSFCellStyle text(XSSFFont font, HorizontalAlignment align, boolean wrap) {
        XSSFCellStyle s = book.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        return s;
    }

    private XSSFCellStyle boxed(XSSFFont font, HorizontalAlignment align) {
        XSSFCellStyle s = text(font, align, true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * The height in points a row needs for {@code text} wrapped in {@code width} characters (Excel's
     * unit: the default font's digit, 8 px in Times New Roman 12, plus 5 px of padding per column).
     * Measured with Liberation Serif, which has Times New Roman's metrics, line by line and word by
     * word as Excel wraps; Excel does not do it for merged cells, and a cut-off line is what an
     * officer would trip on.
     */
    static float heightOf(String text, int width, int columns, int points, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        float usable = width == Integer.MAX_VALUE ? Float.MAX_VALUE : usableWidth(width, columns);
        BaseFont font = bold ? MEASURE.bold() : MEASURE.regular();
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += linesOf(paragraph, font, points, usable);
        }
        return lines * points * 1.3f + 4;
    }

    /** Points of text that fit in {@code width} characters over {@code columns} merged columns. */
    static float usableWidth(int width, int columns) {
        return (width * 8 + columns * 5) * 0.75f - 6;
    }

    private static int linesOf(String paragraph, BaseFont font, int points, float usable) {
        float space = font.getWidthPoint(" ", points);
        int lines = 1;
        float line = 0;
        for (String word : paragraph.split(" ")) {
            float w = font.getWidthPoint(word, points);
            if (line > 0 && line + space + w > usable) {
                lines++;
                line = 0;
            }
            // A word longer than the cell is broken where it runs out.
            while (w > usable) {
                lines++;
                w -= usable;
            }
            line += (line > 0 ? space : 0) + w;
        }
        return lines;
    }
}
