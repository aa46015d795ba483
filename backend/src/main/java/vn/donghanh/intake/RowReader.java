package vn.donghanh.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;

/**
 * Turns one row's cells into the API's {@code RegisterCase}, reading what communes write: dates as
 * date cells, as {@code 18/2/1991}, {@code 18-02-1991}, {@code 18.02.1991} or a bare year (taken as
 * 1 January, with a note), sex as {@code Nam}/{@code Nữ}, the basis of management in words or
 * abbreviations ({@code Cai bắt buộc}, {@code CNTN}, {@code Điều trị Methadone}), national IDs and
 * phones with their spaces and dots dropped. What cannot be read becomes a problem; a value left
 * empty stays null, for the API's own validation to name.
 */
public final class RowReader {
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private RowReader() {}

    /** What {@link #read} gives: the body, and the problems and notes of reading it. */
    public record Read(CaseModels.RegisterCase body, List<ImportRow.Problem> problems, List<ImportRow.Problem> notes) {}

    public static Read read(UUID communeId, ColumnMapping mapping, Map<ImportField, String> cells) {
        List<ImportRow.Problem> problems = new ArrayList<>();
        List<ImportRow.Problem> notes = new ArrayList<>();
        LocalDate dob = date(ImportField.DATE_OF_BIRTH, cells, problems, notes);
        LocalDate start = date(ImportField.START_DATE, cells, problems, notes);
        LocalDate decision;
        if (mapping.columnOf(ImportField.DECISION_DATE) < 0) {
            decision = start;
            if (start != null) {
                notes.add(ImportRow.Problem.words("decisionDate", "import.note.decisionFromStart"));
            }
        } else {
            decision = date(ImportField.DECISION_DATE, cells, problems, notes);
        }
        Sex sex = null;
        String sexText = text(cells, ImportField.SEX);
        if (sexText != null) {
            sex = sex(sexText);
            if (sex == null) {
                problems.add(ImportRow.Problem.words("sex", "import.problem.sex", sexText));
            }
        }
        ManagementBasis basis = mapping.defaultBasis();
        String basisText = text(cells, ImportField.BASIS);
        if (mapping.columnOf(ImportField.BASIS) >= 0) {
            basis = basisText == null ? mapping.defaultBasis() : basis(basisText);
            if (basisText != null && basis == null) {
                problems.add(ImportRow.Problem.words("basis", "import.problem.basis", basisText));
            }
        }
        var body = new CaseModels.RegisterCase(
                null,
                communeId,
                text(cells, ImportField.FULL_NAME),
                dob,
                sex,
                text(cells, ImportField.ETHNICITY),
                null,
                phone(text(cells, ImportField.PHONE)),
                nationalId(text(cells, ImportField.NATIONAL_ID)),
                text(cells, ImportField.ADDRESS),
                basis,
                text(cells, ImportField.DECISION_NUMBER),
                decision,
                start,
                null);
        return new Read(body, problems, notes);
    }

    /** The cells of {@code row} the mapping names, by field. */
    public static Map<ImportField, String> cells(ColumnMapping mapping, SheetReader.SheetRow row) {
        Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
        mapping.columns().forEach((column, field) -> cells.put(field, row.cell(column)));
        return cells;
    }

    private static String text(Map<ImportField, String> cells, ImportField field) {
        String v = cells.get(field);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(
            ImportField field,
            Map<ImportField, String> cells,
            List<ImportRow.Problem> problems,
            List<ImportRow.Problem> notes) {
        String v = text(cells, field);
        if (v == null) {
            return null;
        }
        if (v.matches("\\d{4}")) {
            int year = Integer.parseInt(v);
            if (year >= 1900 && year <= 2100) {
                notes.add(ImportRow.Problem.words(field.jsonName(), "import.note.yearOnly", v));
                return LocalDate.of(year, 1, 1);
            }
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            problems.add(ImportRow.Problem.words(field.jsonName(), "import.problem.date", v));
        }
        return d;
    }

    /** A date as a date cell gives it (ISO) or as typed: d/M/yyyy with /, - or . between; null when it is none. */
    static LocalDate parseDate(String v) {
        String s = v.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            if (s.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
                return LocalDate.parse(s.replaceAll("[.-]", "/"), DAY_MONTH_YEAR);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    static Sex sex(String v) {
        return switch (HeaderMatcher.normalise(v)) {
            case "nam", "m", "male", "trai" -> Sex.MALE;
            case "nu", "f", "female", "gai" -> Sex.FEMALE;
            case "khac", "other" -> Sex.OTHER;
            default -> null;
        };
    }

    /** The basis of management a list names in words or abbreviations; null when it names none. */
    static ManagementBasis basis(String v) {
        String n = " " + HeaderMatcher.normalise(v) + " ";
        for (ManagementBasis b : ManagementBasis.values()) {
            if (v.strip().equalsIgnoreCase(b.name())) {
                return b;
            }
        }
        if (n.contains("chua thanh nien") || n.contains(" ctn ") || n.contains("cnbb ctn")) {
            return ManagementBasis.COMPULSORY_REHAB_MINOR;
        }
        if (n.contains("bat buoc") || n.contains(" cnbb ")) {
            return ManagementBasis.COMPULSORY_REHAB_ADULT;
        }
        if (n.contains("methadone") || n.contains("thay the") || n.contains(" mmt ")) {
            return ManagementBasis.OPIOID_SUBSTITUTION;
        }
        if (n.contains("tu nguyen") || n.contains(" cntn ") || n.contains("gia dinh") || n.contains("cong dong")) {
            return ManagementBasis.VOLUNTARY_REHAB;
        }
        if (n.contains("nguoi su dung")
                || n.contains("su dung trai phep")
                || n.contains(" qlsd ")
                || n.contains("105")) {
            return ManagementBasis.DRUG_USE_MANAGEMENT;
        }
        return null;
    }

    /** Digits only when the cell is digits with spaces, dots or a leading apostrophe; otherwise as typed. */
    static String nationalId(String v) {
        if (v == null) {
            return null;
        }
        String digits = plainNumber(v).replaceAll("[\\s.'-]", "");
        return digits.isEmpty() ? null : digits;
    }

    /**
     * A phone as typed without spaces and dots; a 9-digit number that lost its leading 0 because the
     * cell was a number gets it back.
     */
    static String phone(String v) {
        if (v == null) {
            return null;
        }
        String p = plainNumber(v).replaceAll("[\\s.'-]", "");
        if (p.matches("[1-9]\\d{8}")) {
            p = "0" + p;
        }
        return p.isEmpty() ? null : p;
    }

    /** "7.5064225127E10" (a number cell without a style) in full. */
    private static String plainNumber(String v) {
        String s = v.strip();
        if (s.matches("\\d(\\.\\d+)?[eE]\\+?\\d+")) {
            try {
                return new BigDecimal(s).toBigIntegerExact().toString();
            } catch (ArithmeticException | NumberFormatException e) {
                return s;
            }
        }
        return s;
    }
}
