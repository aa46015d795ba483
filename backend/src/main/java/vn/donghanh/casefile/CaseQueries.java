package vn.donghanh.casefile;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.TextFold;

/** Scope-aware reads of cases: every query here ANDs the caller's {@link CaseScope}. */
@Singleton
public class CaseQueries {
    /** A case list row with its current mentor; callers append the scope predicate and filters. */
    private static final String SUMMARY_SELECT = """
            SELECT c.id, c.full_name, c.name_search, c.date_of_birth, c.status, c.admin_unit_id, c.planned_end_date,
                   ma.mentor_id, m.display_name AS mentor_name
            FROM managed_case c
            LEFT JOIN mentor_assignment ma ON ma.case_id = c.id AND ma.active
            LEFT JOIN account m ON m.id = ma.mentor_id
            WHERE\s""";

    private static final int ID_CHUNK = 1000;

    private final JdbcOperations jdbc;

    public CaseQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record ListFilter(CaseStatus status, String mentorId, String text, String cursor, int limit) {}

    public Optional<CaseEntity> findInScope(CaseScope scope, String id) {
        List<Object> params = new ArrayList<>(scope.params());
        params.add(id);
        return SqlLists.one(
                jdbc,
                "SELECT c.* FROM managed_case c WHERE " + scope.predicate() + " AND c.id = ?",
                params,
                rs -> jdbc.readEntity(rs, CaseEntity.class));
    }

    public Page<CaseModels.CaseSummary> list(CaseScope scope, ListFilter filter) {
        StringBuilder sql = new StringBuilder(SUMMARY_SELECT).append(scope.predicate());
        List<Object> params = new ArrayList<>(scope.params());
        if (filter.status() != null) {
            sql.append(" AND c.status = ?");
            params.add(filter.status().name());
        } else {
            sql.append(" AND c.status NOT IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT')");
        }
        if (filter.mentorId() != null) {
            sql.append(" AND ma.mentor_id = ?");
            params.add(filter.mentorId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" AND c.name_search LIKE ?");
            params.add("%" + TextFold.escapeLike(TextFold.fold(filter.text())) + "%");
        }
        if (filter.cursor() != null) {
            List<String> after = Cursor.decode(filter.cursor(), 2);
            sql.append(" AND (c.name_search > ? OR (c.name_search = ? AND c.id > ?))");
            params.add(after.get(0));
            params.add(after.get(0));
            params.add(after.get(1));
        }
        sql.append(" ORDER BY c.name_search, c.id LIMIT ?");
        params.add(filter.limit() + 1);
        List<ListRow> rows = SqlLists.query(
                jdbc, sql.toString(), params, rs -> new ListRow(summary(rs), rs.getString("name_search")));
        return Page.ofOverfetched(
                        rows,
                        filter.limit(),
                        last -> Cursor.encode(last.nameSearch(), last.summary().id()))
                .map(ListRow::summary);
    }

    /** A list row with the folded name it is ordered by, which the cursor carries. */
    private record ListRow(CaseModels.CaseSummary summary, String nameSearch) {}

    /** What the console's case list may be sorted by (the folded name breaks ties, then the id). */
    public enum SortBy {
        NAME("c.name_search"),
        DATE_OF_BIRTH("c.date_of_birth"),
        // In CaseStatus's order (active first), not the codes' alphabet.
        STATUS("LPAD(FIELD(c.status, "
                + Arrays.stream(CaseStatus.values())
                        .map(st -> "'" + st.name() + "'")
                        .collect(Collectors.joining(", ")) + "), 2, '0')"),
        START_DATE("c.start_date"),
        PLANNED_END("c.planned_end_date");

        private final String column;

        SortBy(String column) {
            this.column = column;
        }
    }

    /**
     * The console's case list: {@link ListFilter}'s status and text, plus a mentor or "no mentor",
     * only the cases of {@code onlyIds} (null: any; the overdue filter, computed by compliance), only
     * the cases due for completion on {@code today}, and a sort in either direction. Without a status
     * it shows the cases still under management, as {@link #list} does.
     */
    public record CaseSearch(
            CaseStatus status,
            String mentorId,
            boolean withoutMentor,
            Set<String> onlyIds,
            boolean dueForCompletion,
            String text,
            SortBy sort,
            boolean descending,
            String cursor,
            int limit) {
        public CaseSearch withCursor(String next, int pageSize) {
            return new CaseSearch(
                    status, mentorId, withoutMentor, onlyIds, dueForCompletion, text, sort, descending, next, pageSize);
        }
    }

    /** A row of the console's case list: the API's summary and the start of the management period. */
    public record CaseRow(CaseModels.CaseSummary summary, LocalDate startDate) {}

    private record SearchRow(CaseRow row, String sortKey, String nameSearch) {}

    public Page<CaseRow> search(CaseScope scope, CaseSearch s, LocalDate today) {
        if (s.onlyIds() != null && s.onlyIds().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        SortBy sort = s.sort() == null ? SortBy.NAME : s.sort();
        String key = sort.column;
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT c.id, c.full_name, c.name_search, c.date_of_birth,"
                + " c.status, c.admin_unit_id, c.planned_end_date, c.start_date, ma.mentor_id,"
                + " m.display_name AS mentor_name, CAST(" + key + " AS CHAR) AS sort_key"
                + " FROM managed_case c"
                + " LEFT JOIN mentor_assignment ma ON ma.case_id = c.id AND ma.active"
                + " LEFT JOIN account m ON m.id = ma.mentor_id WHERE ");
        sql.append(scope.predicate());
        List<Object> params = new ArrayList<>(scope.params());
        if (s.status() != null) {
            sql.append(" AND c.status = ?");
            params.add(s.status().name());
        } else if (!s.dueForCompletion()) {
            sql.append(" AND c.status NOT IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT')");
        }
        if (s.dueForCompletion()) {
            sql.append(" AND c.status = 'ACTIVE' AND c.planned_end_date <= ?");
            params.add(today);
        }
        if (s.withoutMentor()) {
            sql.append(" AND ma.mentor_id IS NULL");
        } else if (s.mentorId() != null) {
            sql.append(" AND ma.mentor_id = ?");
            params.add(s.mentorId());
        }
        if (s.onlyIds() != null) {
            sql.append(" AND c.id IN (")
                    .append(SqlLists.placeholders(s.onlyIds().size()))
                    .append(")");
            params.addAll(s.onlyIds());
        }
        if (s.text() != null && !s.text().isBlank()) {
            sql.append(" AND c.name_search LIKE ?");
            params.add("%" + TextFold.escapeLike(TextFold.fold(s.text())) + "%");
        }
        sql.append(") x");
        String dir = s.descending() ? "DESC" : "ASC";
        if (s.cursor() != null) {
            List<String> after = Cursor.decode(s.cursor(), 4);
            if (!after.get(0).equals(sort.name() + ":" + dir)) {
                throw ApiException.badField("cursor", "is not a cursor this list issued");
            }
            String beyond = s.descending() ? "<" : ">";
            if (sort == SortBy.NAME) {
                // The folded name is the key itself: ties only on the id.
                sql.append(" WHERE (x.name_search " + beyond + " ? OR (x.name_search = ? AND x.id > ?))");
                params.addAll(List.of(after.get(2), after.get(2), after.get(3)));
            } else {
                // The key, then the folded name and the id ascending whatever the key's direction.
                sql.append(" WHERE (x.sort_key " + beyond + " ? OR (x.sort_key = ? AND (x.name_search > ?"
                        + " OR (x.name_search = ? AND x.id > ?))))");
                params.addAll(List.of(after.get(1), after.get(1), after.get(2), after.get(2), after.get(3)));
            }
        }
        sql.append(
                sort == SortBy.NAME
                        ? " ORDER BY x.name_search " + dir + ", x.id"
                        : " ORDER BY x.sort_key " + dir + ", x.name_search, x.id");
        sql.append(" LIMIT ?");
        params.add(s.limit() + 1);
        List<SearchRow> rows = SqlLists.query(
                jdbc,
                sql.toString(),
                params,
                rs -> new SearchRow(
                        new CaseRow(summary(rs), rs.getObject("start_date", LocalDate.class)),
                        rs.getString("sort_key"),
                        rs.getString("name_search")));
        return Page.ofOverfetched(
                        rows,
                        s.limit(),
                        last -> Cursor.encode(
                                sort.name() + ":" + dir,
                                last.sortKey(),
                                last.nameSearch(),
                                last.row().summary().id()))
                .map(SearchRow::row);
    }

    /** Summaries of the given cases, unscoped: the sync feed has already scoped the ids. */
    public List<CaseModels.CaseSummary> summariesByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        return SqlLists.query(
                jdbc,
                SUMMARY_SELECT + "c.id IN (" + SqlLists.placeholders(ids.size()) + ")",
                params,
                CaseQueries::summary);
    }

    /** Active cases whose management period has run out by {@code today}: earliest end first, one page after {@code cursor}. */
    public Page<CaseModels.CaseSummary> dueForCompletion(CaseScope scope, LocalDate today, String cursor, int limit) {
        List<Object> params = new ArrayList<>(scope.params());
        params.add(today);
        String after = "";
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            LocalDate end = Cursor.date(parts.get(0));
            after = " AND (c.planned_end_date > ? OR (c.planned_end_date = ? AND c.id > ?))";
            params.add(end);
            params.add(end);
            params.add(parts.get(1));
        }
        params.add(limit + 1);
        List<CaseModels.CaseSummary> rows = SqlLists.query(
                jdbc,
                SUMMARY_SELECT + scope.predicate() + " AND c.status = 'ACTIVE' AND c.planned_end_date <= ?" + after
                        + " ORDER BY c.planned_end_date, c.id LIMIT ?",
                params,
                CaseQueries::summary);
        return Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.plannedEndDate().toString(), last.id()));
    }

    public record MentorRow(String id, String displayName, byte[] phoneEnc, String organisationId) {}

    public Optional<MentorRow> currentMentor(String caseId) {
        return SqlLists.one(
                jdbc,
                """
                SELECT a.id, a.display_name, a.phone_enc, a.organisation_id FROM mentor_assignment ma
                JOIN account a ON a.id = ma.mentor_id WHERE ma.case_id = ? AND ma.active""",
                Arrays.asList(caseId),
                rs -> new MentorRow(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)));
    }

    public List<CaseModels.TimelineEntry> timeline(String caseId) {
        return SqlLists.query(
                jdbc,
                """
                SELECT e.id, e.type, e.from_status, e.to_status, e.reason, e.effective_date, e.actor_id,
                       a.display_name, e.occurred_at
                FROM case_event e JOIN account a ON a.id = e.actor_id WHERE e.case_id = ? ORDER BY e.seq""",
                Arrays.asList(caseId),
                rs -> new CaseModels.TimelineEntry(
                        rs.getString(1),
                        CaseEventType.valueOf(rs.getString(2)),
                        status(rs.getString(3)),
                        status(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        CaseModels.utc(rs.getTimestamp(9).toInstant())));
    }

    /**
     * Who (other than the person) read or changed this case, newest first, one page before the
     * audit sequence number {@code beforeSeq} (null: from the newest). The person's own downloads of
     * their data copy are shown: they see when a copy of everything was taken.
     */
    public Page<CaseModels.AccessLogEntry> accessLog(String caseId, String excludeActorId, Long beforeSeq, int limit) {
        List<AuditRow> rows = SqlLists.query(
                jdbc,
                """
                SELECT ae.seq, ae.occurred_at, COALESCE(a.display_name, '?'), ae.actor_role, ae.action
                FROM audit_event ae LEFT JOIN account a ON a.id = ae.actor_id
                WHERE ae.case_id = ? AND (ae.actor_id IS NULL OR ae.actor_id <> ? OR ae.action = 'PERSONAL_DATA_EXPORT')
                  AND ae.seq < ?
                ORDER BY ae.seq DESC LIMIT ?""",
                Arrays.asList(caseId, excludeActorId, beforeSeq == null ? Long.MAX_VALUE : beforeSeq, limit + 1),
                rs -> new AuditRow(
                        rs.getLong(1),
                        new CaseModels.AccessLogEntry(
                                CaseModels.utc(rs.getTimestamp(2).toInstant()),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5))));
        return Page.ofOverfetched(rows, limit, last -> Cursor.encode(Long.toString(last.seq())))
                .map(AuditRow::entry);
    }

    private record AuditRow(long seq, CaseModels.AccessLogEntry entry) {}

    static Long accessLogCursor(String cursor) {
        try {
            return Long.parseLong(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw ApiException.badField("cursor", "is not a cursor this list issued");
        }
    }

    public Optional<CaseEventEntity> statusEvent(String eventId) {
        return SqlLists.one(
                jdbc,
                "SELECT * FROM case_event WHERE id = ?",
                Arrays.asList(eventId),
                rs -> jdbc.readEntity(rs, CaseEventEntity.class));
    }

    /** The effective date of the completion, for the certificate. */
    public Optional<LocalDate> completionDate(String caseId) {
        return SqlLists.one(jdbc, """
                SELECT effective_date FROM case_event WHERE case_id = ? AND type = 'STATUS_CHANGED' AND to_status = 'COMPLETED'
                ORDER BY seq DESC LIMIT 1""", Arrays.asList(caseId), rs -> rs.getObject(1, LocalDate.class));
    }

    /** A case on which plans apply now (under supervision: not suspended, not closed). */
    public record OpenCase(String id, String fullName, String adminUnitId, ZoneId zone) {}

    /** Cases in scope under supervision, in id order: up to {@code limit} after id {@code afterId}. */
    public List<OpenCase> underSupervision(CaseScope scope, String afterId, int limit) {
        List<Object> params = new ArrayList<>(scope.params());
        if (afterId != null) {
            params.add(afterId);
        }
        params.add(limit);
        return SqlLists.query(
                jdbc,
                "SELECT c.id, c.full_name, c.admin_unit_id, c.time_zone FROM managed_case c WHERE "
                        + scope.predicate() + " AND c.status IN ('ACTIVE', 'ABSENT', 'RELAPSED')"
                        + (afterId != null ? " AND c.id > ?" : "")
                        + " ORDER BY c.id LIMIT ?",
                params,
                rs -> new OpenCase(rs.getString(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))));
    }

    /** Of these cases, the ones not under supervision (suspended or closed). */
    public Set<String> notUnderSupervision(Collection<String> caseIds) {
        return idsWhere(caseIds, "status NOT IN ('ACTIVE', 'ABSENT', 'RELAPSED')");
    }

    /** Of these cases, the ones whose management ended (completed, transferred out, deceased). */
    public Set<String> closed(Collection<String> caseIds) {
        return idsWhere(caseIds, "status IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT')");
    }

    private Set<String> idsWhere(Collection<String> caseIds, String condition) {
        Set<String> out = new HashSet<>();
        List<String> ids = List.copyOf(caseIds);
        for (List<String> chunk : SqlLists.chunks(ids, ID_CHUNK)) {
            SqlLists.forEach(
                    jdbc,
                    "SELECT id FROM managed_case WHERE " + condition + " AND id IN ("
                            + SqlLists.placeholders(chunk.size()) + ")",
                    chunk,
                    rs -> out.add(rs.getString(1)));
        }
        return out;
    }

    /** The administrative unit of each case, read without locking the cases. */
    public Map<String, String> unitsOf(Collection<String> caseIds) {
        Map<String, String> out = new HashMap<>();
        List<String> ids = List.copyOf(caseIds);
        for (List<String> chunk : SqlLists.chunks(ids, ID_CHUNK)) {
            SqlLists.forEach(
                    jdbc,
                    "SELECT id, admin_unit_id FROM managed_case WHERE id IN (" + SqlLists.placeholders(chunk.size())
                            + ")",
                    chunk,
                    rs -> out.put(rs.getString(1), rs.getString(2)));
        }
        return out;
    }

    /**
     * What the periodic report counts of a case: where it is registered now, the person's sex, birth
     * date and basis of management, when management started, when the case was registered in the
     * system, and its time zone. Never the name.
     */
    public record ReportFacts(
            String id,
            String adminUnitId,
            Sex sex,
            LocalDate dateOfBirth,
            ManagementBasis basis,
            LocalDate startDate,
            java.time.Instant createdAt,
            ZoneId zone) {}

    /** The ids of every case registered now at or below the unit path and entered before {@code createdBefore}, by id. */
    public List<String> idsWithinUnit(String unitPath, java.time.Instant createdBefore) {
        CaseScope scope = CaseScope.withinUnit(unitPath);
        List<Object> params = new ArrayList<>(scope.params());
        params.add(java.sql.Timestamp.from(createdBefore));
        return SqlLists.query(
                jdbc, scope.caseIds() + " AND c.created_at < ? ORDER BY c.id", params, rs -> rs.getString(1));
    }

    /** The report facts of these cases (no scope: the report has chosen the cases), one query per chunk. */
    public Map<String, ReportFacts> reportFacts(Collection<String> caseIds) {
        Map<String, ReportFacts> out = new HashMap<>();
        List<String> ids = caseIds.stream().distinct().toList();
        for (List<String> chunk : SqlLists.chunks(ids, ID_CHUNK)) {
            SqlLists.forEach(
                    jdbc,
                    "SELECT id, admin_unit_id, sex, date_of_birth, basis, start_date, created_at, time_zone"
                            + " FROM managed_case WHERE id IN (" + SqlLists.placeholders(chunk.size()) + ")",
                    chunk,
                    rs -> out.put(
                            rs.getString(1),
                            new ReportFacts(
                                    rs.getString(1),
                                    rs.getString(2),
                                    Sex.valueOf(rs.getString(3)),
                                    rs.getObject(4, LocalDate.class),
                                    ManagementBasis.valueOf(rs.getString(5)),
                                    rs.getObject(6, LocalDate.class),
                                    rs.getTimestamp(7).toInstant(),
                                    ZoneId.of(rs.getString(8)))));
        }
        return out;
    }

    /** A change of status on the case timeline: the status the case took and from which day. */
    public record StatusChange(LocalDate effectiveDate, CaseStatus status) {}

    /** The status a case had on {@code day}: its last change effective by then (null before it was registered). */
    public static CaseStatus statusOn(List<StatusChange> changes, LocalDate day) {
        CaseStatus status = null;
        for (StatusChange c : changes) {
            if (!c.effectiveDate().isAfter(day)) {
                status = c.status();
            }
        }
        return status;
    }

    /** Each case's status changes, in timeline order (compliance counts only the days under supervision). */
    public Map<String, List<StatusChange>> statusChanges(Collection<String> caseIds) {
        Map<String, List<StatusChange>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        SqlLists.forEach(
                jdbc,
                "SELECT case_id, effective_date, to_status FROM case_event WHERE to_status IS NOT NULL AND case_id IN ("
                        + SqlLists.placeholders(caseIds.size()) + ") ORDER BY seq",
                new ArrayList<>(caseIds),
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new StatusChange(rs.getObject(2, LocalDate.class), CaseStatus.valueOf(rs.getString(3)))));
        return out;
    }

    /** What another feature's list shows of a case: the person's name and the unit the case is registered in. */
    public record CaseLabel(String fullName, String adminUnitId) {}

    /** The label of each of these cases (no scope: the caller has scoped the ids). */
    public Map<String, CaseLabel> labels(Collection<String> caseIds) {
        Map<String, CaseLabel> out = new HashMap<>();
        List<String> ids = caseIds.stream().distinct().toList();
        for (List<String> chunk : SqlLists.chunks(ids, ID_CHUNK)) {
            SqlLists.forEach(
                    jdbc,
                    "SELECT id, full_name, admin_unit_id FROM managed_case WHERE id IN ("
                            + SqlLists.placeholders(chunk.size()) + ")",
                    chunk,
                    rs -> out.put(rs.getString(1), new CaseLabel(rs.getString(2), rs.getString(3))));
        }
        return out;
    }

    /** The administrative unit the case is registered in (no scope: for the service's own lookups). */
    public Optional<String> unitOf(String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT admin_unit_id FROM managed_case WHERE id = ?",
                Arrays.asList(caseId),
                rs -> rs.getString(1));
    }

    /** Every case registered now at or below the unit path, whatever its status, in id order. */
    public List<String> idsRegisteredUnder(String unitPath) {
        CaseScope scope = CaseScope.withinUnit(unitPath);
        return SqlLists.query(jdbc, scope.caseIds() + " ORDER BY c.id", scope.params(), rs -> rs.getString(1));
    }

    /** The case's time zone, locking the case row until the transaction ends (as a join in a FOR UPDATE would). */
    public Optional<ZoneId> timeZoneForUpdate(String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT time_zone FROM managed_case WHERE id = ? FOR UPDATE",
                Arrays.asList(caseId),
                rs -> ZoneId.of(rs.getString(1)));
    }

    /** The time zone of each of these cases, whatever their status (no scope: the caller has scoped the ids). */
    public Map<String, ZoneId> zonesOf(Collection<String> caseIds) {
        Map<String, ZoneId> out = new HashMap<>();
        List<String> ids = caseIds.stream().distinct().toList();
        for (List<String> chunk : SqlLists.chunks(ids, ID_CHUNK)) {
            SqlLists.forEach(
                    jdbc,
                    "SELECT id, time_zone FROM managed_case WHERE id IN (" + SqlLists.placeholders(chunk.size()) + ")",
                    chunk,
                    rs -> out.put(rs.getString(1), ZoneId.of(rs.getString(2))));
        }
        return out;
    }

    private static CaseModels.CaseSummary summary(ResultSet rs) throws SQLException {
        return new CaseModels.CaseSummary(
                rs.getString("id"),
                rs.getString("full_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("admin_unit_id"),
                rs.getObject("planned_end_date", LocalDate.class),
                rs.getString("mentor_id"),
                rs.getString("mentor_name"));
    }

    private static CaseStatus status(String s) {
        return s == null ? null : CaseStatus.valueOf(s);
    }

    /** A case's identity as the import matches it: folded name, date of birth, encrypted national ID. */
    public record Identity(String id, String nameSearch, LocalDate dateOfBirth, byte[] nationalIdEnc) {}

    /** The identities of every case in scope (for matching a list of persons against the registry). */
    public List<Identity> identities(CaseScope scope) {
        return SqlLists.query(
                jdbc,
                "SELECT c.id, c.name_search, c.date_of_birth, c.national_id_enc FROM managed_case c WHERE "
                        + scope.predicate(),
                scope.params(),
                rs -> new Identity(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBytes(4)));
    }

    /** Of these ids, the ones that are cases (in any scope). */
    public Set<String> existingIds(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : SqlLists.chunks(List.copyOf(ids), 500)) {
            found.addAll(SqlLists.existingIds(jdbc, "managed_case", chunk));
        }
        return found;
    }

    /** Of these case ids, the ones in scope. */
    public Set<String> inScope(CaseScope scope, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : SqlLists.chunks(List.copyOf(ids), 500)) {
            List<Object> params = new ArrayList<>(scope.params());
            params.addAll(chunk);
            found.addAll(SqlLists.query(
                    jdbc,
                    "SELECT c.id FROM managed_case c WHERE " + scope.predicate() + " AND c.id IN ("
                            + SqlLists.placeholders(chunk.size()) + ")",
                    params,
                    rs -> rs.getString(1)));
        }
        return found;
    }

    /**
     * Cases whose management ended for good (completed, or the person deceased) before {@code closedBefore}, by id
     * after {@code afterId}: a page of the retention scan, which sees every one of them (TRANSFERRED_OUT is left
     * out: the person's record lives on in another commune or system).
     */
    public List<String> endedBefore(LocalDate closedBefore, String afterId, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT id FROM managed_case WHERE status IN ('COMPLETED', 'DECEASED') AND status_since < ? AND id > ?"
                        + " ORDER BY id LIMIT ?",
                Arrays.asList(closedBefore, afterId == null ? "" : afterId, limit),
                rs -> rs.getString(1));
    }

    /** A closed case and the unit it was registered in when it closed. */
    public record ClosedCase(String id, String adminUnitId) {}

    /**
     * Cases closed (completed, deceased, transferred out of the system) before {@code closedBefore},
     * by id after {@code afterId}: a page of a scan that sees every one of them.
     */
    public List<ClosedCase> closedBefore(LocalDate closedBefore, String afterId, int limit) {
        return SqlLists.query(
                jdbc,
                "SELECT id, admin_unit_id FROM managed_case WHERE status IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT')"
                        + " AND status_since < ? AND id > ? ORDER BY id LIMIT ?",
                Arrays.asList(closedBefore, afterId == null ? "" : afterId, limit),
                rs -> new ClosedCase(rs.getString(1), rs.getString(2)));
    }
}
