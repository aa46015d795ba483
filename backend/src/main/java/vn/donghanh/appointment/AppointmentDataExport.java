package vn.donghanh.appointment;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The person's appointments as they were set (one row per appointment or recurring series). */
@Singleton
class AppointmentDataExport implements PersonalDataExport {
    private final ExportReader reader;

    AppointmentDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("appointment_series");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("appointments", locale, """
                SELECT type, first_start_local, rrule, duration_minutes, note, cancelled_at, created_by, created_at
                FROM appointment_series WHERE case_id = ? ORDER BY created_at""", caseId);
    }
}
