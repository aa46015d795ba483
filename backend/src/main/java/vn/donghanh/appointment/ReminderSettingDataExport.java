package vn.donghanh.appointment;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** How the person chose to be reminded (channel, how long ahead, quiet hours). */
@Singleton
class ReminderSettingDataExport implements PersonalDataExport {
    private final ExportReader reader;

    ReminderSettingDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("reminder_setting");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("reminder_settings", locale, """
                SELECT channel, offsets, quiet_from, quiet_until, updated_at, updated_by
                FROM reminder_setting WHERE case_id = ?""", caseId);
    }
}
