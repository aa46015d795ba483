package vn.donghanh.drugtest;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The person's drug tests and their results. */
@Singleton
class DrugTestDataExport implements PersonalDataExport {
    private final ExportReader reader;

    DrugTestDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("drug_test");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("drug_tests", locale, """
                SELECT tested_on, result, tested_by, recorded_at FROM drug_test WHERE case_id = ? ORDER BY tested_on""", caseId);
    }
}
