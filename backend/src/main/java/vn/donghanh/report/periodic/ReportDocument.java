package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A periodic report as it is printed, in words already (the caller's language), for the XLSX and
 * PDF renderers: nothing in it is a person. {@code communes} is the province's (or district's)
 * table, one row per commune below it, and empty for a commune's own report.
 *
 * @param agency the issuing body over the title, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG TÂN THỊNH" (upper case)
 * @param title e.g. "BÁO CÁO KẾT QUẢ QUẢN LÝ SAU CAI NGHIỆN MA TÚY"
 * @param periodLine e.g. "6 tháng đầu năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/06/2026)"
 * @param statusLine e.g. "Đã nộp ngày 08/06/2026, phiên bản 2 — sửa: ..." or "Bản xem trước, chưa nộp"
 * @param asOfLine e.g. "Số liệu tính đến ngày 08/06/2026"
 * @param columnHeads the heads of the indicator table: "STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"
 * @param narrativeHeading e.g. "Khó khăn, vướng mắc và đề xuất"
 * @param placeAndDate e.g. "Tân Thịnh, ngày 08 tháng 06 năm 2026"
 * @param signers the signature block, left to right: "Người lập biểu", "Thủ trưởng đơn vị"
 * @param signHint under each signer, e.g. "(Ký, ghi rõ họ tên)"
 * @param fileName without extension, ASCII, e.g. "bao-cao-2026-H1-DEMO-TT-v2"
 */
public record ReportDocument(
        String agency,
        String title,
        String unitLine,
        String periodLine,
        String statusLine,
        String asOfLine,
        List<String> columnHeads,
        List<Row> rows,
        @Nullable CommuneTable communes,
        String narrativeHeading,
        String narrative,
        String placeAndDate,
        List<String> signers,
        String signHint,
        String fileName) {

    /**
     * One printed line of the indicator table. A section heading ("I. Quản lý sau cai nghiện") has
     * only {@code number} and {@code label}; {@code value} is null when the figure cannot be
     * computed (a share of nothing, a median of no samples) and is then printed as "—".
     */
    public record Row(
            String number,
            String label,
            String measure,
            @Nullable Long value,
            boolean heading,
            boolean subRow,
            @Nullable Indicator indicator) {}

    /** The communes as rows, the indicators as columns (heads: number and short label), a total row last. */
    public record CommuneTable(String heading, List<String> indicatorHeads, List<CommuneRow> rows, CommuneRow total) {}

    /** {@code state} is the commune's report state in words ("Đã nộp 08/06", "Chưa nộp", "Nộp muộn"). */
    public record CommuneRow(String name, String state, List<@Nullable Long> values) {}
}
