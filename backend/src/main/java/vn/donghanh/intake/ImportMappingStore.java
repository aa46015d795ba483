package vn.donghanh.intake;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.donghanh.common.SqlLists;

/** The only code touching {@code import_mapping} (V19): a commune's remembered column mappings. */
@Singleton
public class ImportMappingStore {
    private final JdbcOperations jdbc;

    public ImportMappingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String unitId, String headerKey) {
        return SqlLists.one(
                jdbc,
                "SELECT mapping FROM import_mapping WHERE admin_unit_id = ? AND header_key = ?",
                List.of(unitId, headerKey),
                rs -> rs.getString(1));
    }

    public void save(String unitId, String headerKey, String mapping, String accountId, Instant now) {
        SqlLists.update(jdbc, """
                INSERT INTO import_mapping (admin_unit_id, header_key, mapping, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE mapping = VALUES(mapping), updated_by = VALUES(updated_by),
                  updated_at = VALUES(updated_at)""", List.of(unitId, headerKey, mapping, accountId, Timestamp.from(now)));
    }
}
