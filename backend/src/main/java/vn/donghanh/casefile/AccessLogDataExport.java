package vn.donghanh.casefile;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.common.Page;
import vn.donghanh.privacy.ExportReader;
import vn.donghanh.privacy.ExportSection;
import vn.donghanh.privacy.ExportWords;
import vn.donghanh.privacy.PersonalDataExport;

/**
 * Who read or changed the record: the same query as the person's own access log
 * ({@code GET /me/access-log}), every page of it, newest first.
 */
@Singleton
class AccessLogDataExport implements PersonalDataExport {
    private static final int PAGE = 500;
    private final CaseQueries queries;
    private final AccountService accounts;

    AccessLogDataExport(CaseQueries queries, AccountService accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_event");
    }

    @Override
    public ExportSection export(String caseId, Locale locale) {
        String person = accounts.activePersonOf(caseId).orElse("");
        List<Map<String, String>> rows = new ArrayList<>();
        Long before = null;
        while (true) {
            Page<CaseModels.AccessLogEntry> page = queries.accessLog(caseId, person, before, PAGE);
            for (CaseModels.AccessLogEntry e : page.items()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put(
                        ExportWords.word(locale, "access_log.occurred_at"),
                        ExportReader.text(locale, e.occurredAt().toLocalDateTime()));
                row.put(ExportWords.word(locale, "access_log.actor"), e.actorName());
                row.put(ExportWords.word(locale, "access_log.role"), ExportReader.text(locale, e.actorRole()));
                row.put(ExportWords.word(locale, "access_log.action"), ExportReader.text(locale, e.action()));
                rows.add(row);
            }
            if (page.nextCursor() == null) break;
            before = CaseQueries.accessLogCursor(page.nextCursor());
        }
        return new ExportSection("access_log", ExportWords.word(locale, "access_log.title"), rows);
    }
}
