package vn.donghanh.checkin;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Every check-in, with the person's own notes and, where they consented, the coarse location. */
@Singleton
class CheckinDataExport implements PersonalDataExport {
    private final ExportReader reader;

    CheckinDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("checkin");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("checkins", locale, """
                SELECT kind, occurred_at, received_at, wellbeing, craving, note, latitude, longitude, recorded_by
                FROM checkin WHERE case_id = ? ORDER BY occurred_at""", caseId);
    }
}
