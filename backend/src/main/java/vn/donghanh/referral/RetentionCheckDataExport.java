package vn.donghanh.referral;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The follow-up checks of whether the person kept a job or course a referral led to. */
@Singleton
class RetentionCheckDataExport implements PersonalDataExport {
    private final ExportReader reader;

    RetentionCheckDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("retention_check");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("retention_checks", locale, """
                SELECT months, due_on, answered_at, answered_by, outcome, note
                FROM retention_check WHERE case_id = ? ORDER BY due_on""", caseId);
    }
}
