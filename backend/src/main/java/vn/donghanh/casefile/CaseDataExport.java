package vn.donghanh.casefile;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.ExportWords;
import vn.donghanh.privacy.PersonalDataExport;
import vn.donghanh.security.DataCipher;

/**
 * The case itself: identity, address, the management decision and period, the status, and the
 * completion certificate's number if one was issued. Phone and national ID are decrypted here,
 * the only place that holds the key's use for them.
 */
@Singleton
class CaseDataExport implements PersonalDataExport {
    private final ExportReader reader;
    private final CaseRepository cases;
    private final DataCipher cipher;

    CaseDataExport(ExportReader reader, CaseRepository cases, DataCipher cipher) {
        this.reader = reader;
        this.cases = cases;
        this.cipher = cipher;
    }

    @Override
    public Set<String> tables() {
        return Set.of("managed_case", "certificate_number");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> row : reader.rows("case", locale, """
                SELECT c.full_name, c.date_of_birth, c.sex, c.ethnicity, c.preferred_language, c.address,
                       c.basis, c.decision_number, c.decision_date, c.start_date, c.planned_end_date,
                       c.status, c.status_since, c.created_at, c.updated_at, n.number AS certificate_number
                FROM managed_case c LEFT JOIN certificate_number n ON n.case_id = c.id
                WHERE c.id = ?""", List.of(caseId))) {
            Map<String, String> withSecrets = new LinkedHashMap<>(row);
            cases.findById(caseId).ifPresent(c -> {
                withSecrets.put(ExportWords.word(locale, "case.phone"), plain(c.phoneEnc()));
                withSecrets.put(ExportWords.word(locale, "case.national_id"), plain(c.nationalIdEnc()));
            });
            rows.add(withSecrets);
        }
        return new ExportSection("case", ExportWords.word(locale, "case.title"), rows);
    }

    private String plain(byte[] stored) {
        return stored == null ? "" : cipher.decrypt(stored);
    }
}
