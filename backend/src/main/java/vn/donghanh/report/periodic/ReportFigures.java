package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;

/**
 * How a figure reads on a printed report, the same in the PDF and the XLSX: whole numbers grouped
 * by thousands with a dot, as Vietnamese documents write them ("1.234"), whatever the language of
 * the machine that opens the file; a figure that cannot be computed is a dash, never a 0.
 */
final class ReportFigures {
    /** Printed for a null figure (a share of nothing, a median of no samples). */
    static final String NONE = "—";

    /**
     * The XLSX number format that groups with dots regardless of the spreadsheet's locale (a plain
     * {@code #,##0} shows "1,234" on an English Windows, which a Vietnamese reader takes for 1.234).
     * Counts are never negative; the figures stay numbers, so sums in Excel still work.
     */
    static final String XLSX_FORMAT = "[>=1000000]#\".\"###\".\"###;[>=1000]#\".\"###;0";

    private ReportFigures() {}

    static String format(@Nullable Long value) {
        if (value == null) {
            return NONE;
        }
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return value < 0 ? "-" + out : out.toString();
    }
}
