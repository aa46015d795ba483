package vn.donghanh.message;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Messages between the person and their helpers, in full. */
@Singleton
class MessageDataExport implements PersonalDataExport {
    private final ExportReader reader;

    MessageDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("message");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("messages", locale, """
                SELECT sender_id, recipient_id, body, sent_at, read_at FROM message WHERE case_id = ? ORDER BY seq""", caseId);
    }
}
