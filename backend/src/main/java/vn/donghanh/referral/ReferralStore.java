package vn.donghanh.referral;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;

/**
 * The only code that names the referral tables ({@code referral}, {@code referral_step}, {@code retention_check}).
 * Lists are read set-based: the referrals in one query, all their steps in another, joined in memory, so a
 * list costs the same number of queries whatever its length.
 */
@Singleton
class ReferralStore {
    /** Ids bound in one IN list at most. */
    static final int CHUNK = 1000;

    private final JdbcOperations jdbc;

    ReferralStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A referral as stored, without its steps and without the names other features keep. */
    record Head(
            String id,
            String caseId,
            String opportunityId,
            String providerId,
            ReferralModels.Kind kind,
            ReferralStatus status,
            LocalDate statusDate,
            List<ReferralModels.SharedField> sharedFields) {}

    void insert(
            String id,
            String caseId,
            String opportunityId,
            String providerId,
            ReferralModels.Kind kind,
            LocalDate statusDate,
            String createdBy,
            Instant createdAt) {
        update(
                """
                INSERT INTO referral (id, case_id, opportunity_id, provider_id, kind, status, status_date, shared_fields,
                  created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'PROPOSED', ?, '', ?, ?)""",
                Arrays.asList(
                        id,
                        caseId,
                        opportunityId,
                        providerId,
                        kind.name(),
                        statusDate,
                        createdBy,
                        Timestamp.from(createdAt)));
    }

    /** {@code sharedFields} null keeps the fields agreed before. */
    void move(String id, ReferralStatus status, LocalDate date, String sharedFields) {
        update(
                "UPDATE referral SET status = ?, status_date = ?, shared_fields = COALESCE(?, shared_fields) WHERE id = ?",
                Arrays.asList(status.name(), date, sharedFields, id));
    }

    void insertStep(
            String referralId,
            ReferralStatus from,
            ReferralStatus to,
            LocalDate date,
            String note,
            String actorId,
            Instant now) {
        update(
                """
                INSERT INTO referral_step (id, referral_id, from_status, to_status, step_date, note, actor_id, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                Arrays.asList(
                        UUID.randomUUID().toString(),
                        referralId,
                        from == null ? null : from.name(),
                        to.name(),
                        date,
                        note == null ? null : note.strip(),
                        actorId,
                        Timestamp.from(now)));
    }

    /** Once per (referral, months): a replayed step does not plan the check twice. */
    void insertCheckOnce(String referralId, String caseId, int months, LocalDate dueOn) {
        String checkId = UUID.randomUUID().toString();
        SqlLists.insertOnce(
                jdbc,
                "INSERT INTO retention_check (id, referral_id, case_id, months, due_on) VALUES (?, ?, ?, ?, ?)",
                List.of(checkId, referralId, caseId, months, dueOn));
    }

    void lock(String referralId) {
        SqlLists.query(jdbc, "SELECT id FROM referral WHERE id = ? FOR UPDATE", List.of(referralId), rs -> 1);
    }

    Head head(String id) {
        List<Head> found =
                SqlLists.query(jdbc, "SELECT * FROM referral WHERE id = ?", List.of(id), ReferralStore::headRow);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The case's referrals, newest first. */
    List<Head> newestFirst(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT * FROM referral WHERE case_id = ? ORDER BY created_at DESC, id",
                List.of(caseId),
                ReferralStore::headRow);
    }

    /** The referrals of these cases, each case's oldest first (the order the reintegration replay counts on). */
    Map<String, List<Head>> oldestFirstByCase(Collection<String> caseIds) {
        Map<String, List<Head>> out = new LinkedHashMap<>();
        for (List<String> part : chunks(caseIds)) {
            for (Head h : SqlLists.query(
                    jdbc,
                    "SELECT * FROM referral WHERE case_id IN (" + SqlLists.placeholders(part.size())
                            + ") ORDER BY case_id, created_at, id",
                    part,
                    ReferralStore::headRow)) {
                out.computeIfAbsent(h.caseId(), k -> new ArrayList<>()).add(h);
            }
        }
        return out;
    }

    /** The steps of these referrals, each referral's in the order they were taken. */
    Map<String, List<ReferralModels.StepView>> steps(Collection<String> referralIds) {
        Map<String, List<ReferralModels.StepView>> out = new LinkedHashMap<>();
        for (List<String> part : chunks(referralIds)) {
            SqlLists.query(
                    jdbc,
                    "SELECT * FROM referral_step WHERE referral_id IN (" + SqlLists.placeholders(part.size())
                            + ") ORDER BY seq",
                    part,
                    rs -> {
                        out.computeIfAbsent(rs.getString("referral_id"), k -> new ArrayList<>())
                                .add(stepRow(rs));
                        return null;
                    });
        }
        return out;
    }

    /**
     * The steps of all the referrals of these cases, each referral's in the order they were taken: by case, so
     * that the number of queries follows the number of cases, not of their referrals.
     */
    Map<String, List<ReferralModels.StepView>> stepsOfCases(Collection<String> caseIds) {
        Map<String, List<ReferralModels.StepView>> out = new LinkedHashMap<>();
        for (List<String> part : chunks(caseIds)) {
            SqlLists.query(
                    jdbc,
                    "SELECT s.* FROM referral_step s JOIN referral r ON r.id = s.referral_id WHERE r.case_id IN ("
                            + SqlLists.placeholders(part.size()) + ") ORDER BY s.seq",
                    part,
                    rs -> {
                        out.computeIfAbsent(rs.getString("referral_id"), k -> new ArrayList<>())
                                .add(stepRow(rs));
                        return null;
                    });
        }
        return out;
    }

    /** Every answered retention check of these cases: case, referral, months after, the answer's instant, outcome. */
    List<ReferralService.RetentionAnswer> retentionAnswers(Collection<String> caseIds) {
        List<ReferralService.RetentionAnswer> out = new ArrayList<>();
        for (List<String> part : chunks(caseIds)) {
            out.addAll(SqlLists.query(
                    jdbc,
                    "SELECT case_id, referral_id, months, answered_at, outcome FROM retention_check WHERE case_id IN ("
                            + SqlLists.placeholders(part.size()) + ") AND answered_at IS NOT NULL",
                    part,
                    rs -> new ReferralService.RetentionAnswer(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getTimestamp(4).toInstant(),
                            ReferralModels.Outcome.valueOf(rs.getString(5)))));
        }
        return out;
    }

    /** The answered retention checks of these cases by case; answer dates in {@code zone}. */
    Map<String, List<ReintegrationStatusDeriver.Answer>> answeredChecks(Collection<String> caseIds, ZoneId zone) {
        Map<String, List<ReintegrationStatusDeriver.Answer>> out = new LinkedHashMap<>();
        for (List<String> part : chunks(caseIds)) {
            SqlLists.query(
                    jdbc,
                    "SELECT case_id, referral_id, answered_at, outcome FROM retention_check WHERE case_id IN ("
                            + SqlLists.placeholders(part.size()) + ") AND answered_at IS NOT NULL",
                    part,
                    rs -> {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new ReintegrationStatusDeriver.Answer(
                                        rs.getString(2),
                                        rs.getTimestamp(3)
                                                .toInstant()
                                                .atZone(zone)
                                                .toLocalDate(),
                                        ReferralModels.Outcome.valueOf(rs.getString(4))));
                        return null;
                    });
        }
        return out;
    }

    /**
     * Up to {@code limit} unanswered checks due on {@code today} or earlier for cases in {@code scope}, after
     * (afterDue, afterId) in (dueOn, id) order; {@code fullName} and {@code adminUnitId} are left for casefile.
     */
    List<ReferralModels.RetentionCheck> unansweredDue(
            CaseScope scope, LocalDate today, LocalDate afterDue, String afterId, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(today);
        params.addAll(scope.params());
        String after = "";
        if (afterDue != null) {
            after = " AND (rc.due_on > ? OR (rc.due_on = ? AND rc.id > ?))";
            params.add(afterDue);
            params.add(afterDue);
            params.add(afterId);
        }
        params.add(limit);
        return SqlLists.query(
                jdbc,
                """
                SELECT rc.*, r.kind FROM retention_check rc JOIN referral r ON r.id = rc.referral_id
                WHERE rc.answered_at IS NULL AND rc.due_on <= ? AND rc.case_id IN (""" + scope.caseIds() + ")" + after + " ORDER BY rc.due_on, rc.id LIMIT ?",
                params,
                ReferralStore::checkRow);
    }

    /**
     * Up to {@code limit} referrals of the cases in {@code scope} (of {@code status}, when given), latest status
     * change first, after (afterDate, afterId) in (status_date DESC, id) order.
     */
    List<Head> inScope(CaseScope scope, ReferralStatus status, LocalDate afterDate, String afterId, int limit) {
        List<Object> params = new ArrayList<>(scope.params());
        StringBuilder sql = new StringBuilder("SELECT * FROM referral WHERE case_id IN (" + scope.caseIds() + ")");
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (afterDate != null) {
            sql.append(" AND (status_date < ? OR (status_date = ? AND id > ?))");
            params.add(afterDate);
            params.add(afterDate);
            params.add(afterId);
        }
        sql.append(" ORDER BY status_date DESC, id LIMIT ?");
        params.add(limit);
        return SqlLists.query(jdbc, sql.toString(), params, ReferralStore::headRow);
    }

    /** The case a retention check belongs to, or null. */
    String caseOfCheck(String checkId) {
        List<String> found = SqlLists.query(
                jdbc, "SELECT case_id FROM retention_check WHERE id = ?", List.of(checkId), rs -> rs.getString(1));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whether the answer was recorded: false when the check had been answered already. */
    boolean answer(String checkId, Instant at, String by, ReferralModels.Outcome outcome, String note) {
        return update("""
                        UPDATE retention_check SET answered_at = ?, answered_by = ?, outcome = ?, note = ?
                        WHERE id = ? AND answered_at IS NULL""", Arrays.asList(Timestamp.from(at), by, outcome.name(), note, checkId)) > 0;
    }

    ReferralModels.RetentionCheck check(String checkId) {
        return SqlLists.query(
                        jdbc,
                        "SELECT rc.*, r.kind FROM retention_check rc JOIN referral r ON r.id = rc.referral_id WHERE rc.id = ?",
                        List.of(checkId),
                        ReferralStore::checkRow)
                .get(0);
    }

    private int update(String sql, List<?> params) {
        return SqlLists.update(jdbc, sql, params);
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        return SqlLists.chunks(List.copyOf(new LinkedHashSet<>(ids)), CHUNK);
    }

    private static Head headRow(ResultSet rs) throws SQLException {
        String shared = rs.getString("shared_fields");
        return new Head(
                rs.getString("id"),
                rs.getString("case_id"),
                rs.getString("opportunity_id"),
                rs.getString("provider_id"),
                ReferralModels.Kind.valueOf(rs.getString("kind")),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getObject("status_date", LocalDate.class),
                shared.isEmpty()
                        ? List.of()
                        : Arrays.stream(shared.split(","))
                                .map(ReferralModels.SharedField::valueOf)
                                .toList());
    }

    private static ReferralModels.StepView stepRow(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        return new ReferralModels.StepView(
                from == null ? null : ReferralStatus.valueOf(from),
                ReferralStatus.valueOf(rs.getString("to_status")),
                rs.getObject("step_date", LocalDate.class),
                rs.getString("note"),
                rs.getString("actor_id"),
                Times.utc(rs, "occurred_at"));
    }

    private static ReferralModels.RetentionCheck checkRow(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ReferralModels.RetentionCheck(
                rs.getString("id"),
                rs.getString("referral_id"),
                rs.getString("case_id"),
                null,
                null,
                ReferralModels.Kind.valueOf(rs.getString("kind")),
                rs.getInt("months"),
                rs.getObject("due_on", LocalDate.class),
                Times.utc(rs, "answered_at"),
                outcome == null ? null : ReferralModels.Outcome.valueOf(outcome),
                rs.getString("note"));
    }

    /**
     * Retention: the notes on the case's referral steps and retention checks go; the pipeline (statuses, dates,
     * outcomes, provider) stays for the reintegration figures.
     */
    void eraseNotes(String caseId) {
        SqlLists.update(
                jdbc,
                "UPDATE referral_step SET note = NULL WHERE note IS NOT NULL AND referral_id IN"
                        + " (SELECT id FROM referral WHERE case_id = ?)",
                Arrays.asList(caseId));
        SqlLists.update(
                jdbc,
                "UPDATE retention_check SET note = NULL WHERE case_id = ? AND note IS NOT NULL",
                Arrays.asList(caseId));
    }
}
