package vn.donghanh.consent;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import vn.donghanh.common.SqlLists;

/** The only code that names {@code consent}: every change is a new row, the newest (highest seq) is in force. */
@Singleton
class ConsentStore {
    private final JdbcOperations jdbc;

    ConsentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void record(String caseId, ConsentPurpose purpose, boolean granted, String recordedBy, Instant at) {
        SqlLists.update(
                jdbc,
                "INSERT INTO consent (id, case_id, purpose, granted, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(
                        UUID.randomUUID().toString(), caseId, purpose.name(), granted, recordedBy, Timestamp.from(at)));
    }

    Optional<ConsentModels.Consent> latest(String caseId, ConsentPurpose purpose) {
        return SqlLists.one(
                jdbc,
                "SELECT granted, recorded_at FROM consent WHERE case_id = ? AND purpose = ? ORDER BY seq DESC LIMIT 1",
                Arrays.asList(caseId, purpose.name()),
                rs -> new ConsentModels.Consent(
                        purpose,
                        rs.getBoolean(1),
                        rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC)));
    }
}
