package vn.donghanh.account;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** The person's own login (never its secrets: no PIN hash, no activation code). */
@Singleton
class AccountDataExport implements PersonalDataExport {
    private final ExportReader reader;

    AccountDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("account");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("account", locale, """
                SELECT username, display_name, active, created_at FROM account WHERE case_id = ?""", caseId);
    }
}
