package vn.donghanh.mentoring;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Who was the person's mentor, and when. */
@Singleton
class MentoringDataExport implements PersonalDataExport {
    private final ExportReader reader;

    MentoringDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("mentor_assignment");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("mentoring", locale, """
                SELECT mentor_id, start_date, end_date, end_reason, active FROM mentor_assignment WHERE case_id = ? ORDER BY start_date, created_at""", caseId);
    }
}
