package vn.donghanh.report.periodic;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/** Layout decisions the XLSX and the PDF share, so the two files of one report look alike. */
final class ReportLayout {
    /** More indicator columns than this side by side no longer fit a landscape A4 page legibly. */
    static final int MAX_INDICATOR_COLUMNS = 9;

    private ReportLayout() {}

    /**
     * Whether the report lists communes: a province's or district's does; a commune's own report
     * has no table, or an empty one (the document allows both).
     */
    static boolean hasCommunes(ReportDocument document) {
        return document.communes() != null && !document.communes().rows().isEmpty();
    }

    /**
     * The head of the communes table's name column. {@link ReportDocument} carries no word for it;
     * a caller may append it (and the state column's) to {@code columnHeads} after the four heads of
     * the indicator table. Otherwise the Vietnamese words: the report is a Vietnamese form.
     */
    static String communeNameHead(ReportDocument document) {
        return document.columnHeads().size() > 4 ? document.columnHeads().get(4) : "Đơn vị";
    }

    static String communeStateHead(ReportDocument document) {
        return document.columnHeads().size() > 5 ? document.columnHeads().get(5) : "Tình trạng báo cáo";
    }

    /** The i-th head of the indicator table, or "" when the caller sent fewer. */
    static String head(ReportDocument document, int i) {
        return i < document.columnHeads().size() ? document.columnHeads().get(i) : "";
    }

    /**
     * The indicator columns of the communes table cut into groups of about equal size, each narrow
     * enough for one landscape page: 46 columns are 6 groups of 8 (the last 6), not 5 of 9 and a
     * lonely 1. Each element is {from, to} (to exclusive).
     */
    static List<int[]> columnGroups(int columns) {
        List<int[]> groups = new ArrayList<>();
        if (columns == 0) {
            return groups;
        }
        int count = (columns + MAX_INDICATOR_COLUMNS - 1) / MAX_INDICATOR_COLUMNS;
        int size = (columns + count - 1) / count;
        for (int from = 0; from < columns; from += size) {
            groups.add(new int[] {from, Math.min(columns, from + size)});
        }
        return groups;
    }

    /**
     * The issuing body on two even lines when it does not fit on one ("ỦY BAN NHÂN DÂN" over
     * "PHƯỜNG TÂN THỊNH", as the form writes it) rather than one full line and an orphan word.
     */
    static String balanced(String text, BaseFont font, float size, float width) {
        if (text == null || text.contains("\n") || font.getWidthPoint(text, size) <= width) {
            return text;
        }
        int best = -1;
        float bestWidth = Float.MAX_VALUE;
        for (int at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
            float longer = Math.max(
                    font.getWidthPoint(text.substring(0, at), size), font.getWidthPoint(text.substring(at + 1), size));
            if (longer < bestWidth) {
                bestWidth = longer;
                best = at;
            }
        }
        return best < 0 || bestWidth > width ? text : text.substring(0, best) + "\n" + text.substring(best + 1);
    }
}
