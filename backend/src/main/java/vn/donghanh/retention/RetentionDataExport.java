package vn.donghanh.retention;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.PersonalDataExport;
import vn.donghanh.privacy.RetentionPeriod;

/**
 * The retention feature's part of a person's copy of their data: how long the service keeps it after management
 * ends (the configured period), and, once it happened, when the case was anonymised. Words in
 * {@code i18n/retention_vi|en.properties}.
 */
@Singleton
class RetentionDataExport implements PersonalDataExport {
    private final RetentionStore store;
    private final RetentionPeriod retention;
    private final ServiceTime time;

    RetentionDataExport(RetentionStore store, RetentionPeriod retention, ServiceTime time) {
        this.store = store;
        this.retention = retention;
        this.time = time;
    }

    @Override
    public Set<String> tables() {
        return Set.of("retention_case");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        RetentionWords words = RetentionWords.of(locale);
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> row = new LinkedHashMap<>();
        row.put(words.get("export.kept"), RetentionPeriod.words(retention.afterClosure(), locale));
        store.anonymisedAt(caseId)
                .ifPresent(at -> row.put(
                        words.get("export.anonymisedOn"),
                        at.atZone(time.zone()).toLocalDate().toString()));
        rows.add(row);
        return new ExportSection("retention", words.get("export.title"), rows);
    }
}
