package vn.donghanh.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TableSnapshot;

/**
 * Every table that can hold something about a case (it has a {@code case_id} column, as the database itself says)
 * is named by some feature's PersonalDataErasure: a feature that adds such a table cannot leave it out of the
 * retention rule unnoticed.
 */
class ErasureCoverageTest extends IntegrationTest {

    static Set<String> tablesWithCaseId() {
        return new TreeSet<>(Sql.query("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND c.column_name = 'case_id'""", rs -> rs.getString(1).toLowerCase()));
    }

    /** Tables with a case_id that no erasure names. */
    static Set<String> uncovered() {
        Set<String> out = tablesWithCaseId();
        out.removeAll(bean(RetentionJob.class).coveredTables());
        return out;
    }

    @Test
    void everyTableWithACaseIdIsNamedBySomeErasure() {
        assertTrue(tablesWithCaseId().size() > 20, "information_schema lists the case tables: " + tablesWithCaseId());
        assertEquals(Set.of(), uncovered(), "tables with a case_id that no PersonalDataErasure bean names");
    }

    @Test
    void everyTableAnErasureNamesExists() {
        Set<String> named = new TreeSet<>(bean(RetentionJob.class).coveredTables());
        named.removeAll(TableSnapshot.tableNames());
        assertEquals(Set.of(), named, "erasures name tables the schema does not have (a typo?)");
    }

    @Test
    void aNewTableWithACaseIdIsCaught() {
        String table = "zz_retention_probe_" + UUID.randomUUID().toString().substring(0, 8);
        Sql.update("CREATE TABLE " + table + " (id CHAR(36) NOT NULL PRIMARY KEY, case_id CHAR(36) NULL,"
                + " note VARCHAR(100) NULL) ENGINE = InnoDB");
        try {
            assertEquals(Set.of(table), uncovered(), "a table nobody erases is named");
        } finally {
            Sql.update("DROP TABLE " + table);
        }
        assertEquals(List.of(), List.copyOf(uncovered()), "and the check passes again once it is gone");
    }
}
