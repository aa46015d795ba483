package vn.donghanh.checkin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.SqlLists;

/**
 * Reads what compliance is computed from, for many cases at once: status history (from the case
 * timeline) and the records that satisfy each kind of plan (check-ins and mentors' contact logs).
 */
@Singleton
public class SupervisionRecords {
    private final JdbcOperations jdbc;

    public SupervisionRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<ComplianceCalculator.StatusSpan>> statusHistory(Collection<String> caseIds) {
        Map<String, List<ComplianceCalculator.StatusSpan>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.prepareStatement(
                "SELECT case_id, effective_date, to_status FROM case_event WHERE to_status IS NOT NULL AND case_id IN ("
                        + SqlLists.placeholders(caseIds.size()) + ") ORDER BY seq",
                ps -> {
                    bind(ps, caseIds);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(new ComplianceCalculator.StatusSpan(
                                            rs.getObject(2, LocalDate.class), CaseStatus.valueOf(rs.getString(3))));
                        }
                    }
                    return null;
                });
        return out;
    }

    /** Per case and plan kind, the instants of the records that satisfy that kind. */
    public Map<String, Map<PlanKind, List<Instant>>> satisfyingRecords(Collection<String> caseIds) {
        Map<String, Map<PlanKind, List<Instant>>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        String in = SqlLists.placeholders(caseIds.size());
        jdbc.prepareStatement(
                "SELECT case_id, kind, occurred_at FROM checkin WHERE case_id IN (" + in + ")"
                        + " UNION ALL SELECT case_id, 'MENTOR_CONTACT', occurred_at FROM contact_log WHERE case_id IN ("
                        + in + ")",
                ps -> {
                    bind(ps, caseIds);
                    int i = caseIds.size();
                    for (String id : caseIds) {
                        ps.setString(++i, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String kind = rs.getString(2);
                            PlanKind planKind = "MENTOR_CONTACT".equals(kind)
                                    ? PlanKind.MENTOR_CONTACT
                                    : CheckinKind.valueOf(kind).satisfies();
                            out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                    .computeIfAbsent(planKind, k -> new ArrayList<>())
                                    .add(rs.getTimestamp(3).toInstant());
                        }
                    }
                    return null;
                });
        return out;
    }

    private static void bind(java.sql.PreparedStatement ps, Collection<String> ids) throws java.sql.SQLException {
        int i = 0;
        for (String id : ids) {
            ps.setString(++i, id);
        }
    }
}
