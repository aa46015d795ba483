package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import java.text.NumberFormat;
import java.util.Locale;

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

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ReportFigures() {}

    static String format(@Nullable Long value) {
        // Vietnamese groups thousands with a dot: the JDK's vi-VN integer format does exactly that.
        return value == null
                ? NONE
                : NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }
}
