package vn.donghanh.privacy;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The person's correction requests and their answers, in the data copy. */
@Singleton
class CorrectionDataExport implements PersonalDataExport {
    private final CorrectionStore store;

    CorrectionDataExport(CorrectionStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("correction_request");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        List<Map<String, String>> rows = store.ofCase(caseId).stream()
                .map(r -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put(
                            ExportWords.word(locale, "corrections.field"),
                            ExportWords.value(locale, r.field().name()));
                    row.put(ExportWords.word(locale, "corrections.proposed"), r.proposed());
                    row.put(ExportWords.word(locale, "corrections.reason"), r.reason());
                    row.put(
                            ExportWords.word(locale, "corrections.status"),
                            ExportWords.value(locale, r.status().name()));
                    row.put(
                            ExportWords.word(locale, "corrections.requested_at"),
                            ExportReader.text(locale, java.sql.Timestamp.from(r.requestedAt())));
                    row.put(
                            ExportWords.word(locale, "corrections.decided_at"),
                            r.decidedAt() == null
                                    ? ""
                                    : ExportReader.text(locale, java.sql.Timestamp.from(r.decidedAt())));
                    row.put(
                            ExportWords.word(locale, "corrections.decline_reason"),
                            r.declineReason() == null ? "" : r.declineReason());
                    return row;
                })
                .toList();
        return new ExportSection("corrections", ExportWords.word(locale, "corrections.title"), rows);
    }
}
