package vn.donghanh.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.SqlLists;

/**
 * The case counts per commune in one GROUP BY over the units, their cases and the cases' active
 * mentors: the report reads the tables of adminunit, casefile and mentoring itself, once per
 * request, rather than a query per commune.
 */
@Singleton
class CaseCountsStore {
    private final JdbcOperations jdbc;

    CaseCountsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every commune below the unit path, by name, with its cases by status and its active cases with a mentor. */
    List<ReportModels.UnitCounts> byCommune(String unitPath) {
        Map<String, ReportModels.UnitCounts> byUnit = new LinkedHashMap<>();
        SqlLists.forEach(jdbc, """
                SELECT u.id, u.code, u.name, c.status, COUNT(c.id),
                       SUM(CASE WHEN c.status = 'ACTIVE' AND EXISTS
                           (SELECT 1 FROM mentor_assignment ma WHERE ma.case_id = c.id AND ma.active) THEN 1 ELSE 0 END)
                FROM admin_unit u LEFT JOIN managed_case c ON c.admin_unit_id = u.id
                WHERE u.path LIKE ? AND u.level = 'COMMUNE'
                GROUP BY u.id, u.code, u.name, c.status ORDER BY u.name, u.id""", Arrays.asList(unitPath + "%"), rs -> {
            String unitId = rs.getString(1);
            ReportModels.UnitCounts uc = byUnit.computeIfAbsent(unitId, id -> {
                try {
                    return new ReportModels.UnitCounts(id, rs.getString(2), rs.getString(3), emptyCounts(), 0);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String status = rs.getString(4);
            if (status != null) {
                uc.byStatus().put(CaseStatus.valueOf(status), rs.getLong(5));
                byUnit.put(
                        unitId,
                        new ReportModels.UnitCounts(
                                uc.adminUnitId(),
                                uc.code(),
                                uc.name(),
                                uc.byStatus(),
                                uc.activeWithMentor() + rs.getLong(6)));
            }
        });
        return new ArrayList<>(byUnit.values());
    }

    private static Map<CaseStatus, Long> emptyCounts() {
        Map<CaseStatus, Long> m = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            m.put(s, 0L);
        }
        return m;
    }
}
