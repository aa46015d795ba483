package vn.donghanh.training;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.donghanh.common.SqlLists;

/** The only code that names the training tables (V35). */
@Singleton
class TrainingStore {
    private final JdbcOperations jdbc;

    TrainingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A course with its current version's words (content as stored JSON). */
    record Course(
            String id,
            Audience audience,
            String ownerUnitId,
            String ownerUnitPath,
            int version,
            String title,
            String summary,
            int passPercent,
            String contentJson,
            Instant publishedAt) {}

    record Image(String id, String courseId, String contentType, byte[] bytes) {}

    record AttemptRow(
            String id,
            String courseId,
            int version,
            String accountId,
            String answersJson,
            int score,
            int total,
            boolean passed,
            Instant occurredAt,
            Instant receivedAt) {}

    record CompletionRow(String courseId, int version, String accountId, Instant completedAt) {}

    private static final String COURSE_COLUMNS =
            "c.id, c.audience, c.owner_unit_id, c.owner_unit_path, v.version, v.title, v.summary, v.pass_percent,"
                    + " v.content_json, v.published_at FROM training_course c JOIN training_course_version v"
                    + " ON v.course_id = c.id AND v.version = ";

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(
                rs.getString(1),
                Audience.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }

    void createCourse(String id, Audience audience, String unitId, String unitPath, String by, Instant at) {
        SqlLists.update(
                jdbc,
                "INSERT INTO training_course (id, audience, owner_unit_id, owner_unit_path, current_version,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
                Arrays.asList(id, audience.name(), unitId, unitPath, by, Timestamp.from(at)));
    }

    /** The course row locked for an update (two authors publishing at once get versions one after another). */
    Optional<Integer> lockCurrentVersion(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT current_version FROM training_course WHERE id = ? FOR UPDATE",
                List.of(id),
                rs -> rs.getInt(1));
    }

    void addVersion(
            String courseId,
            int version,
            Audience audience,
            String title,
            String summary,
            int passPercent,
            String contentJson,
            String by,
            Instant at) {
        SqlLists.update(
                jdbc,
                "INSERT INTO training_course_version (course_id, version, title, summary, pass_percent, content_json,"
                        + " published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(courseId, version, title, summary, passPercent, contentJson, by, Timestamp.from(at)));
        SqlLists.update(
                jdbc,
                "UPDATE training_course SET current_version = ?, audience = ? WHERE id = ?",
                Arrays.asList(version, audience.name(), courseId));
    }

    Optional<Course> current(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT " + COURSE_COLUMNS + "c.current_version WHERE c.id = ?",
                List.of(id),
                TrainingStore::course);
    }

    /** A version of the course (any, also an older one), with the course's current audience and owner. */
    Optional<Course> version(String id, int version) {
        return SqlLists.one(
                jdbc,
                "SELECT " + COURSE_COLUMNS + "? WHERE c.id = ?",
                Arrays.asList(version, id),
                TrainingStore::course);
    }

    /**
     * The current versions of the courses offered at a unit of this path (published by the unit or one
     * above it), or, with {@code alsoBelow}, published below it too; newest publication first.
     */
    List<Course> offeredAt(String unitPath, boolean alsoBelow) {
        String where = alsoBelow
                ? " WHERE (? LIKE CONCAT(c.owner_unit_path, '%') OR c.owner_unit_path LIKE CONCAT(?, '%'))"
                : " WHERE ? LIKE CONCAT(c.owner_unit_path, '%')";
        return SqlLists.query(
                jdbc,
                "SELECT " + COURSE_COLUMNS + "c.current_version" + where + " ORDER BY v.published_at DESC, c.id",
                alsoBelow ? List.of(unitPath, unitPath) : List.of(unitPath),
                TrainingStore::course);
    }

    /** Every course's current version (an admin's list). */
    List<Course> all() {
        return SqlLists.query(
                jdbc,
                "SELECT " + COURSE_COLUMNS + "c.current_version ORDER BY v.published_at DESC, c.id",
                List.of(),
                TrainingStore::course);
    }

    void saveImage(String id, String courseId, String contentType, byte[] bytes, Instant at) {
        SqlLists.update(
                jdbc,
                "INSERT INTO training_image (id, course_id, content_type, bytes, created_at) VALUES (?, ?, ?, ?, ?)",
                Arrays.asList(id, courseId, contentType, bytes, Timestamp.from(at)));
    }

    Optional<Image> image(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT id, course_id, content_type, bytes FROM training_image WHERE id = ?",
                List.of(id),
                rs -> new Image(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
    }

    Optional<AttemptRow> attempt(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT id, course_id, version, account_id, answers_json, score, total, passed, occurred_at,"
                        + " received_at FROM training_attempt WHERE id = ?",
                List.of(id),
                rs -> new AttemptRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getBoolean(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant()));
    }

    /** 1 when this call recorded the attempt, 0 when one with this id existed (a concurrent replay). */
    int saveAttempt(AttemptRow a) {
        return SqlLists.insertOnce(
                jdbc,
                "INSERT INTO training_attempt (id, course_id, version, account_id, answers_json, score, total, passed,"
                        + " occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(
                        a.id(),
                        a.courseId(),
                        a.version(),
                        a.accountId(),
                        a.answersJson(),
                        a.score(),
                        a.total(),
                        a.passed(),
                        Timestamp.from(a.occurredAt()),
                        Timestamp.from(a.receivedAt())));
    }

    /** Records the completion of the version unless the account completed it already (the first pass counts). */
    void complete(String courseId, int version, String accountId, String attemptId, Instant at) {
        SqlLists.insertOnce(
                jdbc,
                "INSERT INTO training_completion (course_id, version, account_id, attempt_id, completed_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                Arrays.asList(courseId, version, accountId, attemptId, Timestamp.from(at)));
    }

    /** Every completion of these accounts, oldest version first. */
    List<CompletionRow> completionsOf(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<CompletionRow> out = new ArrayList<>();
        for (List<String> chunk : SqlLists.chunks(List.copyOf(accountIds), 500)) {
            out.addAll(SqlLists.query(
                    jdbc,
                    "SELECT course_id, version, account_id, completed_at FROM training_completion WHERE account_id IN ("
                            + SqlLists.placeholders(chunk.size()) + ") ORDER BY version",
                    chunk,
                    rs -> new CompletionRow(
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant())));
        }
        return out;
    }
}
