package vn.donghanh.transfer;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Moves of the person's case to another commune, with the new address given. */
@Singleton
class TransferDataExport implements PersonalDataExport {
    private final ExportReader reader;

    TransferDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("case_transfer");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("transfers", locale, """
                SELECT state, move_date, reason, new_address, note, requested_at, answered_at, answer_reason
                FROM case_transfer WHERE case_id = ? ORDER BY requested_at""", caseId);
    }
}
