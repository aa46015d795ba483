package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.report.periodic.PeriodicReportModels.State;
import vn.donghanh.report.periodic.ReportDocument.CommuneRow;
import vn.donghanh.report.periodic.ReportDocument.CommuneTable;
import vn.donghanh.report.periodic.ReportDocument.Row;

/**
 * Puts a periodic report into words for the printers ({@link ReportXlsx}, {@link ReportPdf}): the
 * agency over the title, the period and its days, where the report stands, the indicator table by
 * section, for a unit above communes the communes as rows, the narrative, place and date, and the
 * signature block. Counts only: nothing here names a person.
 */
@Singleton
public class ReportDocuments {
    /** The words that start a unit's name and are left out where the form writes the place ("Tân Thịnh, ngày …"). */
    private static final List<String> KIND_WORDS =
            List.of("Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Xã ", "Đặc khu ", "Tỉnh ", "Huyện ", "Quận ");

    /** A commune's report: a version ({@code version} null: the live figures, a preview). */
    public ReportDocument commune(
            ReportWords words,
            AdminUnitEntity unit,
            ReportPeriod period,
            Figures figures,
            LocalDate asOf,
            @Nullable ReportStore.Row version,
            LocalDate versionDay,
            LocalDate today) {
        String status;
        if (version == null) {
            status = words.text("report.doc.status.preview");
        } else {
            StringBuilder s = new StringBuilder(
                    words.text("report.doc.status.submitted", ReportWords.date(versionDay), version.version()));
            if (version.late()) {
                s.append(" — ").append(words.text("report.state.late"));
            }
            if (version.correctionReason() != null) {
                s.append(" — ").append(words.text("report.doc.status.correction", version.correctionReason()));
            }
            if (version.returned()) {
                s.append(" — ").append(words.text("report.doc.status.returned", version.returnComment()));
            }
            status = s.toString();
        }
        LocalDate signedOn = version == null ? today : versionDay;
        return new ReportDocument(
                agency(words, unit),
                words.text("report.title"),
                words.text("report.doc.unit", unit.name()),
                periodLine(words, period),
                status,
                words.text("report.doc.as-of", ReportWords.date(asOf)),
                heads(words),
                rows(words, figures),
                null,
                words.text("report.doc.narrative"),
                version == null ? "" : version.narrative(),
                placeAndDate(words, unit, signedOn),
                signers(words),
                words.text("report.doc.sign-hint"),
                fileName(period, unit, version == null ? null : version.version()));
    }

    /** One commune's line of a unit's table: its name, its state in words, its figures (in force or live). */
    public record CommuneLine(
            String name,
            State state,
            boolean late,
            @Nullable LocalDate submittedOn,
            Figures figures) {}

    /** A unit above communes: the totals, and every commune below it as a row. */
    public ReportDocument above(
            ReportWords words,
            AdminUnitEntity unit,
            ReportPeriod period,
            Figures total,
            LocalDate asOf,
            List<CommuneLine> communes,
            int submitted,
            LocalDate today) {
        List<Indicator> all = Arrays.asList(Indicator.values());
        List<String> heads =
                all.stream().map(i -> i.number() + ". " + words.label(i)).toList();
        List<CommuneRow> rows = new ArrayList<>();
        for (CommuneLine c : communes) {
            rows.add(new CommuneRow(c.name(), stateWords(words, c), values(all, c.figures())));
        }
        CommuneRow totalRow = new CommuneRow(words.text("report.doc.total"), "", values(all, total));
        return new ReportDocument(
                agency(words, unit),
                words.text("report.title"),
                words.text("report.doc.unit", unit.name()),
                periodLine(words, period),
                words.text("report.doc.status.overview", submitted, communes.size()),
                words.text("report.doc.as-of", ReportWords.date(asOf)),
                heads(words),
                rows(words, total),
                new CommuneTable(words.text("report.doc.communes"), heads, rows, totalRow),
                words.text("report.doc.narrative"),
                "",
                placeAndDate(words, unit, today),
                signers(words),
                words.text("report.doc.sign-hint"),
                fileName(period, unit, null));
    }

    /** "Đã nộp 08/06/2026", "Chưa nộp — Muộn hạn", "Bị trả lại, chờ nộp lại". */
    static String stateWords(ReportWords words, CommuneLine c) {
        String s = c.state() == State.SUBMITTED && c.submittedOn() != null
                ? words.text("report.doc.state.submitted-on", ReportWords.date(c.submittedOn()))
                : words.state(c.state());
        return c.late() ? s + " — " + words.text("report.state.late") : s;
    }

    /** "ỦY BAN NHÂN DÂN PHƯỜNG TÂN THỊNH" for a commune, "CÔNG AN TỈNH THÁI NGUYÊN" above it. */
    static String agency(ReportWords words, AdminUnitEntity unit) {
        return words.text("report.doc.agency." + unit.level(), words.upper(unit.name()));
    }

    static String periodLine(ReportWords words, ReportPeriod period) {
        return words.period(period) + " (" + words.range(period) + ")";
    }

    static List<String> heads(ReportWords words) {
        return List.of(
                words.text("report.doc.head.number"),
                words.text("report.doc.head.indicator"),
                words.text("report.doc.head.measure"),
                words.text("report.doc.head.value"));
    }

    /** Each section's heading ("I", "Quản lý người sau cai nghiện"), then its indicators in print order. */
    static List<Row> rows(ReportWords words, Figures figures) {
        List<Row> rows = new ArrayList<>();
        Indicator.Section section = null;
        for (Indicator i : Indicator.values()) {
            if (i.section() != section) {
                section = i.section();
                String heading = words.section(section);
                int dot = heading.indexOf(". ");
                rows.add(
                        dot > 0
                                ? new Row(
                                        heading.substring(0, dot),
                                        heading.substring(dot + 2),
                                        "",
                                        null,
                                        true,
                                        false,
                                        null)
                                : new Row("", heading, "", null, true, false, null));
            }
            rows.add(new Row(i.number(), words.label(i), words.measure(i), figures.value(i), false, i.isSubRow(), i));
        }
        return rows;
    }

    private static List<Long> values(List<Indicator> all, Figures f) {
        List<Long> out = new ArrayList<>(all.size());
        all.forEach(i -> out.add(f.value(i)));
        return out;
    }

    /** "Tân Thịnh, ngày 08 tháng 06 năm 2026". */
    static String placeAndDate(ReportWords words, AdminUnitEntity unit, LocalDate day) {
        return words.text(
                "report.doc.place-date",
                place(unit.name()),
                String.format("%02d", day.getDayOfMonth()),
                String.format("%02d", day.getMonthValue()),
                String.valueOf(day.getYear()));
    }

    static String place(String unitName) {
        for (String w : KIND_WORDS) {
            if (unitName.startsWith(w) && unitName.length() > w.length()) {
                return unitName.substring(w.length());
            }
        }
        return unitName;
    }

    static List<String> signers(ReportWords words) {
        return List.of(words.text("report.doc.signer.maker"), words.text("report.doc.signer.head"));
    }

    /** "bao-cao-2026-H2-DEMO-TT-v1": ASCII only, whatever the unit's code holds. */
    static String fileName(ReportPeriod period, AdminUnitEntity unit, @Nullable Integer version) {
        String code = Normalizer.normalize(unit.code(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9-]+", "-");
        return "bao-cao-" + period.code() + "-" + code + (version == null ? "" : "-v" + version);
    }
}
