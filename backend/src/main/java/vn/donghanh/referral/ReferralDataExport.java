package vn.donghanh.referral;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Referrals made for the person, and which of their details were shared with the provider. */
@Singleton
class ReferralDataExport implements PersonalDataExport {
    private final ExportReader reader;

    ReferralDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("referral");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("referrals", locale, """
                SELECT kind, status, status_date, shared_fields, created_by, created_at
                FROM referral WHERE case_id = ? ORDER BY created_at""", caseId);
    }
}
