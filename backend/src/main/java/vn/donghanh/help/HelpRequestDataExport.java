package vn.donghanh.help;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The person's help requests and how they were answered. */
@Singleton
class HelpRequestDataExport implements PersonalDataExport {
    private final ExportReader reader;

    HelpRequestDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("help_request");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("help_requests", locale, """
                SELECT category, note, created_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by, resolution_note
                FROM help_request WHERE case_id = ? ORDER BY created_at""", caseId);
    }
}
