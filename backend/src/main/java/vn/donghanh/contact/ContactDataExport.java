package vn.donghanh.contact;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Contacts logged about the person, with the mentor's or officer's free-text notes (the summary) in full. */
@Singleton
class ContactDataExport implements PersonalDataExport {
    private final ExportReader reader;

    ContactDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("contact_log");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("contacts", locale, """
                SELECT type, occurred_at, summary, concerns, follow_up_needed, recorded_by
                FROM contact_log WHERE case_id = ? ORDER BY occurred_at""", caseId);
    }
}
