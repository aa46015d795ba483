package vn.donghanh.casefile;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The case's timeline: registration, edits and every status change with its reason. */
@Singleton
class CaseEventDataExport implements PersonalDataExport {
    private final ExportReader reader;

    CaseEventDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("case_event");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("case_events", locale, """
                SELECT type, from_status, to_status, reason, effective_date, actor_id, occurred_at
                FROM case_event WHERE case_id = ? ORDER BY seq""", caseId);
    }
}
