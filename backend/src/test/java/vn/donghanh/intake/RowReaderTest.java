package vn.donghanh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;

/** One row's cells into a RegisterCase: the shapes dates, sexes, bases and numbers come in, and what cannot be read. */
class RowReaderTest {
    private static final UUID COMMUNE = UUID.randomUUID();
    private static final ColumnMapping ALL = new ColumnMapping(
            Map.of(
                    0,
                    ImportField.FULL_NAME,
                    1,
                    ImportField.DATE_OF_BIRTH,
                    2,
                    ImportField.SEX,
                    3,
                    ImportField.NATIONAL_ID,
                    4,
                    ImportField.ADDRESS,
                    5,
                    ImportField.BASIS,
                    6,
                    ImportField.DECISION_NUMBER,
                    7,
                    ImportField.DECISION_DATE,
                    8,
                    ImportField.START_DATE,
                    9,
                    ImportField.PHONE),
            null);

    private static Map<ImportField, String> cells(String... values) {
        Map<ImportField, String> m = new EnumMap<>(ImportField.class);
        ImportField[] order = {
            ImportField.FULL_NAME,
            ImportField.DATE_OF_BIRTH,
            ImportField.SEX,
            ImportField.NATIONAL_ID,
            ImportField.ADDRESS,
            ImportField.BASIS,
            ImportField.DECISION_NUMBER,
            ImportField.DECISION_DATE,
            ImportField.START_DATE,
            ImportField.PHONE
        };
        for (int i = 0; i < values.length; i++) {
            m.put(order[i], values[i]);
        }
        return m;
    }

    @Test
    void aWellFilledRowReadsIntoTheRegistration() {
        var read = RowReader.read(
                COMMUNE,
                ALL,
                cells(
                        " Vũ Văn Khánh ",
                        "18/2/1991",
                        "Nam",
                        "073 079 215 963",
                        "Xóm Cầu Đá",
                        "Điều trị Methadone",
                        "609/QĐ-UBND",
                        "2025-03-01",
                        "05.03.2025",
                        "981366283"));
        assertEquals(List.of(), read.problems());
        var b = read.body();
        assertEquals("Vũ Văn Khánh", b.fullName());
        assertEquals(LocalDate.of(1991, 2, 18), b.dateOfBirth());
        assertEquals(Sex.MALE, b.sex());
        assertEquals("073079215963", b.nationalId());
        assertEquals(ManagementBasis.OPIOID_SUBSTITUTION, b.basis());
        assertEquals(LocalDate.of(2025, 3, 1), b.decisionDate());
        assertEquals(LocalDate.of(2025, 3, 5), b.startDate());
        assertEquals("0981366283", b.phone(), "a phone that lost its leading 0 in a number cell gets it back");
        assertEquals(COMMUNE, b.adminUnitId());
    }

    @Test
    void aBareYearOfBirthIsTheFirstOfJanuaryWithANote() {
        var read = RowReader.read(COMMUNE, ALL, cells("Ngô Hữu Nam", "1998"));
        assertEquals(LocalDate.of(1998, 1, 1), read.body().dateOfBirth());
        assertEquals("import.note.yearOnly", read.notes().get(0).key());
    }

    @Test
    void whatCannotBeReadIsAProblemOfItsField() {
        var read = RowReader.read(
                COMMUNE,
                ALL,
                cells("Lê Văn A", "31/02/1990", "không rõ", "", "Tổ 1", "Cai gì đó", "1/QĐ", "hôm qua", "01/01/2025"));
        assertEquals(
                List.of("dateOfBirth", "decisionDate", "sex", "basis"),
                read.problems().stream().map(ImportRow.Problem::field).toList());
        assertNull(read.body().dateOfBirth());
        assertNull(read.body().nationalId(), "an empty national ID is none, not a wrong one");
    }

    @Test
    void basesInWordsAndAbbreviations() {
        assertEquals(ManagementBasis.COMPULSORY_REHAB_ADULT, RowReader.basis("Cai bắt buộc"));
        assertEquals(ManagementBasis.COMPULSORY_REHAB_MINOR, RowReader.basis("Cai bắt buộc (người chưa thành niên)"));
        assertEquals(ManagementBasis.VOLUNTARY_REHAB, RowReader.basis("Cai tự nguyện"));
        assertEquals(ManagementBasis.VOLUNTARY_REHAB, RowReader.basis("Cai tại gia đình, cộng đồng"));
        assertEquals(ManagementBasis.OPIOID_SUBSTITUTION, RowReader.basis("Điều trị Methadone"));
        assertEquals(ManagementBasis.COMPULSORY_REHAB_ADULT, RowReader.basis("CNBB"));
        assertEquals(ManagementBasis.VOLUNTARY_REHAB, RowReader.basis("CNTN"));
        assertEquals(
                ManagementBasis.DRUG_USE_MANAGEMENT, RowReader.basis("Quản lý người sử dụng trái phép chất ma túy"));
        assertNull(RowReader.basis("không biết"));
    }

    @Test
    void sexesAndDates() {
        assertEquals(Sex.FEMALE, RowReader.sex("Nữ"));
        assertEquals(Sex.FEMALE, RowReader.sex("nu"));
        assertEquals(Sex.MALE, RowReader.sex("NAM"));
        assertNull(RowReader.sex("x"));
        assertEquals(LocalDate.of(2025, 2, 20), RowReader.parseDate("20-02-2025"));
        assertNull(RowReader.parseDate("2025/02/20"));
        assertNull(RowReader.parseDate("29/02/2025"));
    }

    @Test
    void withoutADecisionDateColumnTheStartDateIsTakenWithANote() {
        ColumnMapping noDecisionDate = new ColumnMapping(
                Map.of(0, ImportField.FULL_NAME, 8, ImportField.START_DATE), ManagementBasis.VOLUNTARY_REHAB);
        var read =
                RowReader.read(COMMUNE, noDecisionDate, cells("Hà Hữu An", "", "", "", "", "", "", "", "30/10/2025"));
        assertEquals(LocalDate.of(2025, 10, 30), read.body().decisionDate());
        assertEquals(ManagementBasis.VOLUNTARY_REHAB, read.body().basis(), "the basis chosen for every row");
        assertTrue(read.notes().stream().anyMatch(n -> "import.note.decisionFromStart".equals(n.key())));
    }

    @Test
    void theSamePersonGetsTheSameIdInTheSameCommuneOnly() {
        var a = RowReader.read(COMMUNE, ALL, cells("Vũ Văn Khánh", "18/2/1991", "Nam", "073079215963"))
                .body();
        var b = RowReader.read(COMMUNE, ALL, cells("VU VAN KHANH", "18/02/1991", "nam", "073079215963"))
                .body();
        assertEquals(IntakeService.rowId(COMMUNE, a), IntakeService.rowId(COMMUNE, b));
        assertTrue(!IntakeService.rowId(COMMUNE, a).equals(IntakeService.rowId(UUID.randomUUID(), a)));
        var noId =
                RowReader.read(COMMUNE, ALL, cells("Vũ Văn Khánh", "18/2/1991")).body();
        var noIdAgain = RowReader.read(COMMUNE, ALL, cells("vũ văn khánh", "18/02/1991"))
                .body();
        assertEquals(IntakeService.rowId(COMMUNE, noId), IntakeService.rowId(COMMUNE, noIdAgain));
        assertNull(IntakeService.rowId(
                COMMUNE, RowReader.read(COMMUNE, ALL, cells("", "")).body()));
    }
}
