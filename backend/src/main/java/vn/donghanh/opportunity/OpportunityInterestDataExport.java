package vn.donghanh.opportunity;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The jobs and courses the person said they were interested in. */
@Singleton
class OpportunityInterestDataExport implements PersonalDataExport {
    private final ExportReader reader;

    OpportunityInterestDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("opportunity_interest");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("opportunity_interests", locale, """
                SELECT o.title AS name, o.type, i.created_at
                FROM opportunity_interest i JOIN opportunity o ON o.id = i.opportunity_id
                WHERE i.case_id = ? ORDER BY i.created_at""", caseId);
    }
}
