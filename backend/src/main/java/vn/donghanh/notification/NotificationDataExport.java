package vn.donghanh.notification;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;

/** Notifications about the person, to them and to their helpers, with their words as sent. */
@Singleton
class NotificationDataExport implements PersonalDataExport {
    private final ExportReader reader;

    NotificationDataExport(ExportReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> tables() {
        return Set.of("notification");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        return reader.section("notifications", locale, """
                SELECT account_id AS recipient_id, kind, title AS heading, body, created_at, read_at
                FROM notification WHERE case_id = ? ORDER BY created_at""", caseId);
    }
}
