package vn.donghanh.consent;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Every consent the person gave or withdrew, in order (the newest per purpose is in force). */
@Singleton
class ConsentDataExport implements PersonalDataExport {
    private final ExportReader reader;

    ConsentDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("consent");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("consents", locale, """
                SELECT purpose, granted, recorded_by, recorded_at FROM consent WHERE case_id = ? ORDER BY seq""", caseId);
    }
}
