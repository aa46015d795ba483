package vn.donghanh.checkin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.SqlLists;
import vn.donghanh.contact.ContactLogService;

/**
 * Reads what compliance is computed from, for many cases at once: status history (the case timeline,
 * from casefile) and the records that satisfy each kind of plan (check-ins, and mentors' contact logs
 * from the contact feature).
 */
@Singleton
public class SupervisionRecords {
    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final ContactLogService contacts;

    public SupervisionRecords(JdbcOperations jdbc, CaseService cases, ContactLogService contacts) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.contacts = contacts;
    }

    public Map<String, List<ComplianceCalculator.StatusSpan>> statusHistory(Collection<String> caseIds) {
        Map<String, List<ComplianceCalculator.StatusSpan>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        return spans(cases.statusChanges(caseIds));
    }

    /** Status changes already read (the periodic report reads them once for all its counts) as the calculator's spans. */
    public static Map<String, List<ComplianceCalculator.StatusSpan>> spans(
            Map<String, List<vn.donghanh.casefile.CaseQueries.StatusChange>> changesByCase) {
        Map<String, List<ComplianceCalculator.StatusSpan>> out = new HashMap<>();
        changesByCase.forEach((caseId, changes) -> out.put(
                caseId,
                new ArrayList<>(changes.stream()
                        .map(c -> new ComplianceCalculator.StatusSpan(c.effectiveDate(), c.status()))
                        .toList())));
        return out;
    }

    /** Per case and plan kind, the instants of the records that satisfy that kind. */
    public Map<String, Map<PlanKind, List<Instant>>> satisfyingRecords(Collection<String> caseIds) {
        return satisfyingRecords(caseIds, null);
    }

    /**
     * As {@link #satisfyingRecords(Collection)}, but only check-ins at or after {@code since} (null: all):
     * enough for counts over windows that begin then, since an occurrence is satisfied only by a record in
     * its own window. Each kind is read as its own index range, (case, kind, occurred_at ≥ since).
     */
    public Map<String, Map<PlanKind, List<Instant>>> satisfyingRecords(Collection<String> caseIds, Instant since) {
        Map<String, Map<PlanKind, List<Instant>>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        String in = SqlLists.placeholders(caseIds.size());
        List<Object> params = new ArrayList<>(caseIds);
        String bound = "";
        if (since != null) {
            // Every check-in kind, from the enum (a kind added there is counted without touching this query).
            bound = " AND kind IN (" + SqlLists.placeholders(CheckinKind.values().length) + ") AND occurred_at >= ?";
            for (CheckinKind kind : CheckinKind.values()) {
                params.add(kind.name());
            }
            params.add(java.sql.Timestamp.from(since));
        }
        SqlLists.forEach(
                jdbc,
                "SELECT case_id, kind, occurred_at FROM checkin WHERE case_id IN (" + in + ")" + bound,
                params,
                rs -> {
                    PlanKind planKind = CheckinKind.valueOf(rs.getString(2)).satisfies();
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(planKind, k -> new ArrayList<>())
                            .add(rs.getTimestamp(3).toInstant());
                });
        contacts.contactTimes(caseIds)
                .forEach((caseId, times) -> out.computeIfAbsent(caseId, k -> new HashMap<>())
                        .computeIfAbsent(PlanKind.MENTOR_CONTACT, k -> new ArrayList<>())
                        .addAll(times));
        return out;
    }
}
