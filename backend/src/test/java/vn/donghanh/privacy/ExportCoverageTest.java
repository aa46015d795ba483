package vn.donghanh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;

/**
 * Every table that holds something about a case (a {@code case_id} column, read from the real
 * schema) is named by some {@link PersonalDataExport} bean's {@link PersonalDataExport#tables()},
 * so a new feature's table cannot be left out of the person's data copy unnoticed.
 */
class ExportCoverageTest extends IntegrationTest {

    /** Tables with a case_id column, and the case table itself, that no export bean names. */
    private static Set<String> notExported() {
        Set<String> withCase = new TreeSet<>(Sql.query("""
                SELECT LOWER(table_name) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND LOWER(column_name) = 'case_id'""", rs -> rs.getString(1)));
        withCase.add("managed_case");
        for (PersonalDataExport export : context().getBeansOfType(PersonalDataExport.class)) {
            withCase.removeAll(export.tables());
        }
        return withCase;
    }

    @Test
    void everyTableWithACaseIdIsInTheExport() {
        Set<String> missing = notExported();
        assertTrue(
                missing.isEmpty(),
                "tables with a case_id that no PersonalDataExport bean names in tables() (add one in the"
                        + " feature that owns the table): " + missing);
    }

    @Test
    void aNewTableWithACaseIdIsCaught() {
        String probe = "privacy_probe_" + Long.toHexString(System.nanoTime());
        Sql.update("CREATE TABLE " + probe + " (id INT PRIMARY KEY, case_id CHAR(36) NULL)");
        try {
            assertEquals(Set.of(probe), notExported());
        } finally {
            Sql.update("DROP TABLE " + probe);
        }
    }

    @Test
    void everyNamedTableExists() {
        Set<String> tables = new TreeSet<>(Sql.query(
                "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = DATABASE()",
                rs -> rs.getString(1)));
        for (PersonalDataExport export : context().getBeansOfType(PersonalDataExport.class)) {
            for (String t : export.tables()) {
                assertTrue(tables.contains(t), export.getClass().getSimpleName() + " names no such table: " + t);
            }
        }
    }
}
