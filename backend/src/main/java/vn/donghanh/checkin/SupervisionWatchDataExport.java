package vn.donghanh.checkin;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** What the overdue watch holds of the person's plans now (when the next check is due, since when overdue). */
@Singleton
class SupervisionWatchDataExport implements PersonalDataExport {
    private final ExportReader reader;

    SupervisionWatchDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("supervision_watch");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("supervision_watch", locale, """
                SELECT kind, next_check_at, overdue_since, evaluated_at FROM supervision_watch WHERE case_id = ? ORDER BY kind""", caseId);
    }
}
