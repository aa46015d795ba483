package vn.donghanh.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Aggregates for supervisors and officers: per commune below the caller's unit, cases by status and
 * how many active cases have a mentor. Counts only, never names.
 */
@Singleton
public class CaseCountsService {
    private final JdbcOperations jdbc;

    public CaseCountsService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ReportModels.CaseCounts counts(Caller caller) {
        if (!caller.is(Role.SUPERVISOR, Role.OFFICER)) {
            throw ApiException.forbidden("only supervisors and officers see case counts");
        }
        Map<String, ReportModels.UnitCounts> byUnit = new LinkedHashMap<>();
        SqlLists.forEach(jdbc, """
                SELECT u.id, u.code, u.name, c.status, COUNT(c.id),
                       SUM(CASE WHEN c.status = 'ACTIVE' AND EXISTS
                           (SELECT 1 FROM mentor_assignment ma WHERE ma.case_id = c.id AND ma.active) THEN 1 ELSE 0 END)
                FROM admin_unit u LEFT JOIN managed_case c ON c.admin_unit_id = u.id
                WHERE u.path LIKE ? AND u.level = 'COMMUNE'
                GROUP BY u.id, u.code, u.name, c.status ORDER BY u.name, u.id""", Arrays.asList(caller.unitPath() + "%"), rs -> {
            String unitId = rs.getString(1);
            ReportModels.UnitCounts uc = byUnit.computeIfAbsent(unitId, id -> {
                try {
                    return new ReportModels.UnitCounts(id, rs.getString(2), rs.getString(3), emptyCounts(), 0);
                } catch (java.sql.SQLException e) {
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
        return new ReportModels.CaseCounts(caller.unitId(), new ArrayList<>(byUnit.values()));
    }

    private static Map<CaseStatus, Long> emptyCounts() {
        Map<CaseStatus, Long> m = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            m.put(s, 0L);
        }
        return m;
    }
}
