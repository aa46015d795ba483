package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.donghanh.adminunit.UnitsUnder;
import vn.donghanh.common.SqlLists;

/**
 * The only code that names the periodic reports' tables (V25): periods as first used, submitted
 * versions with their frozen counts and samples, and the deadline reminders sent. Reads of many
 * communes are one query each (the newest versions below a path, then their figures), never a
 * query per commune.
 */
@Singleton
public class ReportStore {
    private static final int CHUNK = 1000;

    private final JdbcOperations jdbc;

    ReportStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored version; {@code counts} and {@code helpMinutes} are filled by {@link #withFigures}. */
    public record Row(
            String id,
            String unitId,
            String periodCode,
            int version,
            Instant submittedAt,
            String submittedBy,
            LocalDate deadline,
            boolean late,
            LocalDate figuresAsOf,
            String narrative,
            @Nullable String correctionReason,
            @Nullable Instant returnedAt,
            @Nullable String returnedBy,
            @Nullable String returnComment,
            List<Long> helpMinutes) {
        public boolean returned() {
            return returnedAt != null;
        }
    }

    /** A version with its frozen figures. */
    public record Frozen(Row row, Figures figures) {}

    private static final String COLUMNS =
            "s.id, s.admin_unit_id, s.period_code, s.version, s.submitted_at, s.submitted_by,"
                    + " s.deadline, s.late, s.figures_as_of, s.narrative, s.correction_reason, s.returned_at, s.returned_by,"
                    + " s.return_comment, s.help_minutes";

    /** The period as first used, if it was: its days then. */
    public Optional<ReportPeriod> period(String code) {
        return SqlLists.one(
                jdbc,
                "SELECT code, kind, year, idx, starts_on, ends_on FROM report_period WHERE code = ?",
                List.of(code),
                rs -> new ReportPeriod(
                        rs.getString(1),
                        PeriodKind.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate()));
    }

    /** Records the period's days the first time it is used (a second call keeps the first days). */
    public void rememberPeriod(ReportPeriod p, Instant now) {
        SqlLists.insertOnce(
                jdbc,
                "INSERT INTO report_period (code, kind, year, idx, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(
                        p.code(),
                        p.kind().name(),
                        p.year(),
                        p.index(),
                        Date.valueOf(p.startsOn()),
                        Date.valueOf(p.endsOn()),
                        Timestamp.from(now)));
    }

    /** Every version of a unit's report for a period, newest first, with figures. */
    public List<Frozen> versions(String unitId, String periodCode) {
        List<Row> rows = SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM report_submission s WHERE s.admin_unit_id = ? AND s.period_code = ?"
                        + " ORDER BY s.version DESC",
                List.of(unitId, periodCode),
                ReportStore::row);
        return withFigures(rows);
    }

    /** The newest version of each unit below {@code under} for a period (returned or not), by unit id, with figures. */
    public Map<String, Frozen> newestBelow(UnitsUnder under, String periodCode) {
        List<Object> params = new ArrayList<>();
        params.add(periodCode);
        params.addAll(under.params());
        List<Row> rows = SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM report_submission s WHERE s.period_code = ? AND s.admin_unit_id IN ("
                        + under.sql() + ") AND s.version = (SELECT MAX(m.version) FROM report_submission m"
                        + " WHERE m.admin_unit_id = s.admin_unit_id AND m.period_code = s.period_code)",
                params,
                ReportStore::row);
        Map<String, Frozen> out = new HashMap<>();
        withFigures(rows).forEach(f -> out.put(f.row().unitId(), f));
        return out;
    }

    /** The units whose newest version for the period is in force (submitted, not sent back). */
    public Set<String> unitsInForce(String periodCode) {
        Set<String> out = new HashSet<>();
        SqlLists.forEach(
                jdbc,
                "SELECT s.admin_unit_id FROM report_submission s WHERE s.period_code = ? AND s.returned_at IS NULL"
                        + " AND s.version = (SELECT MAX(m.version) FROM report_submission m"
                        + " WHERE m.admin_unit_id = s.admin_unit_id AND m.period_code = s.period_code)",
                List.of(periodCode),
                rs -> out.add(rs.getString(1)));
        return out;
    }

    public Optional<Row> find(String id) {
        return SqlLists.one(
                jdbc, "SELECT " + COLUMNS + " FROM report_submission s WHERE s.id = ?", List.of(id), ReportStore::row);
    }

    /** The version, locked until the transaction ends (sending back). */
    public Optional<Row> findForUpdate(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT " + COLUMNS + " FROM report_submission s WHERE s.id = ? FOR UPDATE",
                List.of(id),
                ReportStore::row);
    }

    public Optional<Frozen> frozen(String id) {
        return find(id).map(r -> withFigures(List.of(r)).get(0));
    }

    /** The newest version number of a unit's report for a period (0: none). */
    public int newestVersion(String unitId, String periodCode) {
        return SqlLists.one(
                        jdbc,
                        "SELECT COALESCE(MAX(version), 0) FROM report_submission WHERE admin_unit_id = ? AND period_code = ?",
                        List.of(unitId, periodCode),
                        rs -> rs.getInt(1))
                .orElse(0);
    }

    /**
     * Writes a version and its frozen counts. False when the version exists already (another
     * submission of the same unit and period got there first, and this one wrote nothing).
     */
    public boolean insert(Row r, Figures figures) {
        int inserted = SqlLists.insertOnce(
                jdbc,
                """
                INSERT INTO report_submission (id, admin_unit_id, period_code, version, submitted_at, submitted_by, deadline,
                    late, figures_as_of, narrative, correction_reason, help_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Arrays.asList(
                        r.id(),
                        r.unitId(),
                        r.periodCode(),
                        r.version(),
                        Timestamp.from(r.submittedAt()),
                        r.submittedBy(),
                        Date.valueOf(r.deadline()),
                        r.late(),
                        Date.valueOf(r.figuresAsOf()),
                        r.narrative(),
                        r.correctionReason(),
                        figures.helpMinutes().stream().map(String::valueOf).collect(Collectors.joining(","))));
        if (inserted != 1) {
            return false;
        }
        List<List<?>> rows = new ArrayList<>();
        figures.counts().forEach((i, v) -> rows.add(Arrays.asList(r.id(), i.name(), v)));
        SqlLists.batch(jdbc, "INSERT INTO report_figure (submission_id, indicator, value) VALUES (?, ?, ?)", rows);
        return true;
    }

    /** Marks a version sent back; false when it was sent back already. */
    public boolean sendBack(String id, String by, Instant at, String comment) {
        return SqlLists.update(
                        jdbc,
                        "UPDATE report_submission SET returned_at = ?, returned_by = ?, return_comment = ?"
                                + " WHERE id = ? AND returned_at IS NULL",
                        Arrays.asList(Timestamp.from(at), by, comment, id))
                == 1;
    }

    /** Claims the reminder of a unit for a period: true for the one call that inserted it. */
    public boolean claimReminder(String unitId, String periodCode, Instant now) {
        return SqlLists.insertOnce(
                        jdbc,
                        "INSERT INTO report_reminder (admin_unit_id, period_code, sent_at) VALUES (?, ?, ?)",
                        Arrays.asList(unitId, periodCode, Timestamp.from(now)))
                == 1;
    }

    /** The figures of these versions, in one query per thousand versions. */
    private List<Frozen> withFigures(List<Row> rows) {
        Map<String, Map<Indicator, Long>> counts = new HashMap<>();
        List<String> ids = rows.stream().map(Row::id).toList();
        for (List<String> chunk : SqlLists.chunks(ids, CHUNK)) {
            SqlLists.forEach(
                    jdbc,
                    "SELECT submission_id, indicator, value FROM report_figure WHERE submission_id IN ("
                            + SqlLists.placeholders(chunk.size()) + ")",
                    chunk,
                    rs -> {
                        Indicator i = indicator(rs.getString(2));
                        if (i != null) {
                            counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Indicator.class))
                                    .put(i, rs.getLong(3));
                        }
                    });
        }
        List<Frozen> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Frozen(r, Figures.of(counts.getOrDefault(r.id(), Map.of()), r.helpMinutes())));
        }
        return out;
    }

    /** An indicator stored by an older build that no longer exists is left out, not an error. */
    private static @Nullable Indicator indicator(String name) {
        try {
            return Indicator.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp returned = rs.getTimestamp(12);
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getDate(7).toLocalDate(),
                rs.getBoolean(8),
                rs.getDate(9).toLocalDate(),
                rs.getString(10),
                rs.getString(11),
                returned == null ? null : returned.toInstant(),
                rs.getString(13),
                rs.getString(14),
                samples(rs.getString(15)));
    }

    private static List<Long> samples(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .map(Long::valueOf)
                .toList();
    }
}
