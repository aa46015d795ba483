package vn.donghanh.appointment;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Each time an appointment took place or was due, and whether the person came. */
@Singleton
class AppointmentOccurrenceDataExport implements PersonalDataExport {
    private final ExportReader reader;

    AppointmentOccurrenceDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("appointment_occurrence");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("appointment_occurrences", locale, """
                SELECT starts_at, status, attendance, attendance_at, cancel_cause
                FROM appointment_occurrence WHERE case_id = ? ORDER BY starts_at""", caseId);
    }
}
