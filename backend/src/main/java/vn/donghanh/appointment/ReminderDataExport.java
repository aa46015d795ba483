package vn.donghanh.appointment;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The reminders of the person's appointments: when each was due, sent and acknowledged. */
@Singleton
class ReminderDataExport implements PersonalDataExport {
    private final ExportReader reader;

    ReminderDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("reminder");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("reminders", locale, """
                SELECT starts_at, due_at, fired_at, acknowledged_at, acknowledgement
                FROM reminder WHERE case_id = ? ORDER BY due_at""", caseId);
    }
}
