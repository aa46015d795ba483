package vn.donghanh.knowledge;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.common.SqlLists;

/** The only code that names {@code knowledge_page} (V43). */
@Singleton
class KnowledgeStore {
    private static final String COLUMNS = "id, slug, sort_order, status, title_vi, summary_vi, body_vi, title_en,"
            + " summary_en, body_en, version, created_at, updated_at, published_at";
    private static final String ORDER = " ORDER BY sort_order, slug";

    private final JdbcOperations jdbc;

    KnowledgeStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as stored; the service turns it into the API's records. */
    record Row(
            String id,
            String slug,
            int position,
            KnowledgePageStatus status,
            String titleVi,
            String summaryVi,
            String bodyVi,
            String titleEn,
            String summaryEn,
            String bodyEn,
            int version,
            Instant createdAt,
            Instant updatedAt,
            Instant publishedAt) {}

    /** The words of a page, as written by an editor. */
    record Text(
            String slug,
            int position,
            String titleVi,
            String summaryVi,
            String bodyVi,
            String titleEn,
            String summaryEn,
            String bodyEn) {}

    /** Inserts a draft: false when the id or the slug is taken (nothing written). */
    boolean insert(String id, Text t, String by, Instant now) {
        return SqlLists.insertOnce(
                        jdbc,
                        """
                INSERT INTO knowledge_page (id, slug, sort_order, status, title_vi, summary_vi, body_vi, title_en,
                    summary_en, body_en, version, created_at, created_by, updated_at, updated_by, published_at)
                VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, NULL)""",
                        Arrays.asList(
                                id,
                                t.slug(),
                                t.position(),
                                t.titleVi(),
                                t.summaryVi(),
                                t.bodyVi(),
                                t.titleEn(),
                                t.summaryEn(),
                                t.bodyEn(),
                                Timestamp.from(now),
                                by,
                                Timestamp.from(now),
                                by))
                == 1;
    }

    /** Writes the edit if the row is still at {@code version}; false when someone saved meanwhile. */
    boolean update(String id, int version, Text t, String by, Instant now) {
        return SqlLists.update(
                        jdbc,
                        """
                UPDATE knowledge_page SET slug = ?, sort_order = ?, title_vi = ?, summary_vi = ?, body_vi = ?,
                    title_en = ?, summary_en = ?, body_en = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?""",
                        Arrays.asList(
                                t.slug(),
                                t.position(),
                                t.titleVi(),
                                t.summaryVi(),
                                t.bodyVi(),
                                t.titleEn(),
                                t.summaryEn(),
                                t.bodyEn(),
                                Timestamp.from(now),
                                by,
                                id,
                                version))
                == 1;
    }

    /** Publishes or withdraws a page; a new publication is a new version (the public pages' ETag follows it). */
    void setStatus(String id, KnowledgePageStatus status, String by, Instant now) {
        SqlLists.update(
                jdbc,
                """
                UPDATE knowledge_page SET status = ?, version = version + 1, updated_at = ?, updated_by = ?,
                    published_at = CASE WHEN ? = 'PUBLISHED' THEN ? ELSE published_at END
                WHERE id = ?""",
                Arrays.asList(status.name(), Timestamp.from(now), by, status.name(), Timestamp.from(now), id));
    }

    Optional<Row> byId(String id) {
        return SqlLists.one(
                jdbc,
                "SELECT " + COLUMNS + " FROM knowledge_page WHERE id = ? FOR UPDATE",
                List.of(id),
                KnowledgeStore::row);
    }

    /** The page at this address, if any (drafts too: the caller decides who may see one). */
    Optional<Row> bySlug(String slug) {
        return SqlLists.one(
                jdbc, "SELECT " + COLUMNS + " FROM knowledge_page WHERE slug = ?", List.of(slug), KnowledgeStore::row);
    }

    List<Row> all() {
        return SqlLists.query(
                jdbc, "SELECT " + COLUMNS + " FROM knowledge_page" + ORDER, List.of(), KnowledgeStore::row);
    }

    List<Row> published() {
        return SqlLists.query(
                jdbc,
                "SELECT " + COLUMNS + " FROM knowledge_page WHERE status = 'PUBLISHED'" + ORDER,
                List.of(),
                KnowledgeStore::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp(14);
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                KnowledgePageStatus.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11),
                rs.getTimestamp(12).toInstant(),
                rs.getTimestamp(13).toInstant(),
                published == null ? null : published.toInstant());
    }
}
