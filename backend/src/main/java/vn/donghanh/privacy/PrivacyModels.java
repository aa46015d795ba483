package vn.donghanh.privacy;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The data-copy API's bodies. */
public final class PrivacyModels {
    private PrivacyModels() {}

    /** Everything the service holds about the signed-in person, section by section. */
    @Serdeable
    public record DataCopy(
            String caseId,
            OffsetDateTime generatedAt,
            String language,
            String retentionPeriod,
            String retention,
            List<Section> sections) {}

    @Serdeable
    public record Section(String key, String title, List<Map<String, String>> rows) {
        static Section of(ExportSection s) {
            return new Section(s.key(), s.title(), s.rows());
        }
    }
}
