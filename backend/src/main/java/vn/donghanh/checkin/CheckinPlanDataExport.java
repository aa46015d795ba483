package vn.donghanh.checkin;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The check-in plans set for the person, every version. */
@Singleton
class CheckinPlanDataExport implements PersonalDataExport {
    private final ExportReader reader;

    CheckinPlanDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("checkin_plan");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("checkin_plans", locale, """
                SELECT kind, rrule, grace, effective_from, effective_to, end_cause, created_by, created_at
                FROM checkin_plan WHERE case_id = ? ORDER BY effective_from, created_at""", caseId);
    }
}
