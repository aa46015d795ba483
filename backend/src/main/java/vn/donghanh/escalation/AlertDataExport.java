package vn.donghanh.escalation;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The alerts raised when the person's check-ins or appointments were overdue, and who acted. */
@Singleton
class AlertDataExport implements PersonalDataExport {
    private final ExportReader reader;

    AlertDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("overdue_alert");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("alerts", locale, """
                SELECT kind, overdue_since, mentor_notified_at, officer_notified_at, first_action_at, first_action_kind,
                       first_action_by, resolved_at
                FROM overdue_alert WHERE case_id = ? ORDER BY overdue_since""", caseId);
    }
}
