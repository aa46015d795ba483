package vn.donghanh.sync;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.ExportWords;
import vn.donghanh.privacy.PersonalDataExport;

/**
 * What the phone sync keeps about the case: only which records changed and when (the records
 * themselves are in their own sections), and when the case left the helpers' phones.
 */
@Singleton
class SyncDataExport implements PersonalDataExport {
    private final ExportReader reader;

    SyncDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("sync_change", "sync_case_retired");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        List<Map<String, String>> rows = new ArrayList<>(reader.rows("sync", locale, """
                SELECT COUNT(*) AS changes, MIN(changed_at) AS first_change, MAX(changed_at) AS last_change
                FROM sync_change WHERE case_id = ?""", List.of(caseId)));
        rows.addAll(reader.rows(
                "sync", locale, "SELECT retired_at FROM sync_case_retired WHERE case_id = ?", List.of(caseId)));
        return new ExportSection("sync", ExportWords.word(locale, "sync.title"), rows);
    }
}
