package vn.donghanh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The import's service against the database: the rows it checks are the API's (a registration the
 * API refuses is a problem here), registering writes what {@code POST /api/v1/cases} writes, and a
 * list registered twice registers no one twice, however it comes back (the same ids, the same people).
 */
class IntakeServiceTest extends IntegrationTest {
    private static final ColumnMapping MAPPING = new ColumnMapping(
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
                    ImportField.DECISION_NUMBER,
                    6,
                    ImportField.DECISION_DATE,
                    7,
                    ImportField.START_DATE),
            ManagementBasis.VOLUNTARY_REHAB);

    private static SheetReader.SheetRow row(int number, String... cells) {
        return new SheetReader.SheetRow(number, List.of(cells));
    }

    private static Caller officer(World w, String key, String unit) {
        String path = bean(AdminUnitService.class).require(unit, "unit").path();
        return new Caller(w.id(key), Role.OFFICER, "Cán bộ", unit, path, null, null, "127.0.0.1");
    }

    @Test
    void aListRegisteredTwiceRegistersNoOneTwiceAndTheCasesAreTheApisCases() {
        World w = World.create(api);
        Caller caller = officer(w, "officerA", w.communeA);
        IntakeService intake = bean(IntakeService.class);
        List<SheetReader.SheetRow> rows = List.of(
                row(
                        2,
                        "Trịnh Văn Một",
                        "1991-04-02",
                        "Nam",
                        "001091000001",
                        "Tổ 1",
                        "1/QĐ",
                        "01/03/2025",
                        "10/03/2025"),
                row(3, "Trịnh Thị Hai", "3/4/1992", "Nữ", "", "Tổ 2", "2/QĐ", "01/03/2025", "10/03/2025"),
                row(4, "Trịnh Văn Ba", "2025-06-01", "Nam", "", "Tổ 3", "3/QĐ", "01/03/2025", "10/03/2025"));

        List<ImportRow> first = intake.analyse(caller, rows, MAPPING);
        assertTrue(first.get(0).ok() && first.get(1).ok(), first.toString());
        assertEquals(
                List.of("dateOfBirth"),
                first.get(2).problems().stream().map(ImportRow.Problem::field).toList(),
                "the service's own rule: born before the start date; " + first.get(2));
        List<String> created = intake.register(caller, first, n -> {});
        assertEquals(2, created.size());
        ApiResponse one = api.get(w.token("officerA"), "/api/v1/cases/" + created.get(0));
        assertEquals(200, one.status(), one::toString);
        assertEquals("Trịnh Văn Một", one.json().get("fullName").asText());
        assertEquals("001091000001", one.json().get("nationalId").asText());
        assertEquals("VOLUNTARY_REHAB", one.json().get("basis").asText());
        assertEquals(
                LocalDate.of(1991, 4, 2).toString(),
                one.json().get("dateOfBirth").asText());

        // The same rows registered again (a double click, a repeated job): the ids are the same, no one is new.
        assertEquals(List.of(), intake.register(caller, first, n -> {}));
        // The same list uploaded again: every row is "already registered", nothing to register.
        List<ImportRow> again = intake.analyse(caller, rows, MAPPING);
        assertTrue(again.get(0).problems().stream().anyMatch(p -> "import.problem.registered".equals(p.key())));
        assertNotNull(again.get(1).registeredCaseId());
        assertEquals(created.get(1), again.get(1).registeredCaseId(), "matched by name and date of birth");
        assertEquals(List.of(), intake.register(caller, again, n -> {}));
        ApiResponse list = api.get(w.token("officerA"), "/api/v1/cases?limit=100");
        assertEquals(2, list.json().get("items").size(), list::toString);

        // Another commune's officer: not in their scope, so not "already registered" for them, and
        // their rows get ids of their own commune.
        Caller other = officer(w, "officerB", w.communeB);
        List<ImportRow> elsewhere = intake.analyse(other, rows.subList(0, 1), MAPPING);
        assertTrue(elsewhere.get(0).ok(), elsewhere.toString());
        assertTrue(!elsewhere.get(0).body().id().equals(first.get(0).body().id()));
    }
}
