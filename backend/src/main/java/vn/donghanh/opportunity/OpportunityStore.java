package vn.donghanh.opportunity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.UnitsUnder;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/**
 * The only code that names the opportunity tables ({@code opportunity}, {@code opportunity_interest}). The
 * opportunities it returns carry no provider name: that is organisation's, and the service adds it.
 */
@Singleton
class OpportunityStore {
    private final JdbcOperations jdbc;

    OpportunityStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A new OPEN opportunity; the fields of other types than {@code r.type()} are stored empty. */
    void insert(
            String id,
            String providerId,
            String titleSearch,
            OpportunityModels.CreateOpportunity r,
            String createdBy,
            Instant now) {
        boolean job = r.type() == OpportunityModels.Type.JOB;
        boolean course = r.type() == OpportunityModels.Type.COURSE;
        boolean loan = r.type() == OpportunityModels.Type.LOAN;
        update(
                """
                INSERT INTO opportunity (id, provider_id, type, title, title_search, description, admin_unit_id, place, seats,
                  deadline, requirements, wage_min, wage_max, trade, start_date, duration_weeks, fee_support, loan_purpose,
                  loan_ceiling, loan_conditions, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""",
                Arrays.asList(
                        id,
                        providerId,
                        r.type().name(),
                        r.title().strip(),
                        titleSearch,
                        r.description(),
                        r.adminUnitId().toString(),
                        r.place(),
                        r.seats(),
                        r.deadline(),
                        r.requirements(),
                        job ? r.wageMin() : null,
                        job ? r.wageMax() : null,
                        course ? r.trade() : null,
                        course ? r.startDate() : null,
                        course ? r.durationWeeks() : null,
                        course ? r.feeSupport() : null,
                        loan ? r.loanPurpose() : null,
                        loan ? r.loanCeiling() : null,
                        loan ? r.loanConditions() : null,
                        createdBy,
                        Timestamp.from(now),
                        Timestamp.from(now)));
    }

    void setStatus(String id, OpportunityModels.Status status, Instant now) {
        update(
                "UPDATE opportunity SET status = ?, updated_at = ? WHERE id = ?",
                Arrays.asList(status.name(), Timestamp.from(now), id));
    }

    OpportunityModels.Opportunity find(String id) {
        List<OpportunityModels.Opportunity> found =
                SqlLists.query(jdbc, "SELECT o.* FROM opportunity o WHERE o.id = ?", List.of(id), rs -> row(rs, null));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Id → title of the opportunities with these ids. */
    Map<String, String> titles(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<String> params = new ArrayList<>(new LinkedHashSet<>(ids));
        SqlLists.query(
                jdbc,
                "SELECT id, title FROM opportunity WHERE id IN (" + SqlLists.placeholders(params.size()) + ")",
                params,
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /**
     * Where an opportunity stands in the search order: distance, then deadline (none last), title and id. The
     * deadline of one without any is kept as {@link #NO_DEADLINE}, after every real date, so the five values
     * compare as the order sorts.
     */
    record SearchKey(int distance, LocalDate deadline, String title, String id) {
        static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

        static SearchKey of(OpportunityModels.Opportunity o) {
            return new SearchKey(o.distance(), o.deadline() == null ? NO_DEADLINE : o.deadline(), o.title(), o.id());
        }
    }

    /**
     * Up to {@code limit} opportunities in {@code status} (of {@code type} and matching the folded {@code likeText}
     * when given) after {@code after} (null: from the first), nearest first: those in {@code unitId}, then those in
     * {@code province}'s units, then the rest; then by deadline (none last), title and id, a total order, so that
     * pages following one another hold every match once.
     */
    List<OpportunityModels.Opportunity> search(
            String unitId,
            UnitsUnder province,
            OpportunityModels.Status status,
            OpportunityModels.Type type,
            String likeText,
            SearchKey after,
            int limit) {
        List<Object> params = new ArrayList<>();
        params.add(unitId);
        params.addAll(province.params());
        params.add(SearchKey.NO_DEADLINE);
        params.add(status.name());
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT o.*, CASE WHEN o.admin_unit_id = ? THEN 0"
                + " WHEN o.admin_unit_id IN (" + province.sql() + ") THEN 1 ELSE 2 END AS distance,"
                + " COALESCE(o.deadline, ?) AS deadline_key FROM opportunity o WHERE o.status = ?");
        if (type != null) {
            sql.append(" AND o.type = ?");
            params.add(type.name());
        }
        if (likeText != null) {
            sql.append(" AND o.title_search LIKE ?");
            params.add(likeText);
        }
        sql.append(") s");
        if (after != null) {
            sql.append(" WHERE (s.distance, s.deadline_key, s.title, s.id) > (?, ?, ?, ?)");
            params.add(after.distance());
            params.add(after.deadline());
            params.add(after.title());
            params.add(after.id());
        }
        sql.append(" ORDER BY s.distance, s.deadline_key, s.title, s.id LIMIT ?");
        params.add(limit);
        return SqlLists.query(jdbc, sql.toString(), params, rs -> row(rs, rs.getInt("distance")));
    }

    /** Whether the interest is new: 1 when recorded now, 0 when the case had said so already. */
    int insertInterestOnce(String id, String opportunityId, String caseId, Instant now) {
        return SqlLists.insertOnce(
                jdbc,
                "INSERT INTO opportunity_interest (id, opportunity_id, case_id, created_at) VALUES (?, ?, ?, ?)",
                List.of(id, opportunityId, caseId, Timestamp.from(now)));
    }

    /** The case's interests, newest first. */
    List<OpportunityModels.Interest> interests(String caseId) {
        return SqlLists.query(
                jdbc,
                """
                SELECT i.id, i.opportunity_id, o.title, i.case_id, i.created_at FROM opportunity_interest i
                JOIN opportunity o ON o.id = i.opportunity_id WHERE i.case_id = ? ORDER BY i.created_at DESC, i.id""",
                List.of(caseId),
                rs -> new OpportunityModels.Interest(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Times.utc(rs, "created_at")));
    }

    private int update(String sql, List<?> params) {
        return SqlLists.update(jdbc, sql, params);
    }

    private static OpportunityModels.Opportunity row(ResultSet rs, Integer distance) throws SQLException {
        return new OpportunityModels.Opportunity(
                rs.getString("id"),
                rs.getString("provider_id"),
                null,
                OpportunityModels.Type.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("admin_unit_id"),
                rs.getString("place"),
                rs.getObject("seats", Integer.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("requirements"),
                rs.getObject("wage_min", Long.class),
                rs.getObject("wage_max", Long.class),
                rs.getString("trade"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("duration_weeks", Integer.class),
                rs.getString("fee_support"),
                rs.getString("loan_purpose"),
                rs.getObject("loan_ceiling", Long.class),
                rs.getString("loan_conditions"),
                OpportunityModels.Status.valueOf(rs.getString("status")),
                distance);
    }
}
