package vn.donghanh.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.common.SqlLists;

/**
 * Runs a feature's own export query and turns its rows into an {@link ExportSection}: each column
 * becomes a field labelled {@code <section>.<column>} in the reader's language, timestamps are
 * shown in UTC, coded values in plain words where the bundle has them, and the columns that hold
 * an account id (who recorded, who sent) show that account's display name instead. The SQL stays
 * in the feature that owns the table; this class only reads what the feature selected.
 */
@Singleton
public class ExportReader {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Columns that hold an account id: shown as the account's name. */
    private static final Set<String> ACCOUNT_COLUMNS = Set.of(
            "recorded_by",
            "actor_id",
            "mentor_id",
            "sender_id",
            "recipient_id",
            "created_by",
            "tested_by",
            "acknowledged_by",
            "resolved_by",
            "answered_by",
            "first_action_by",
            "attendance_by",
            "updated_by",
            "ended_by",
            "initiated_by",
            "requested_by",
            "offered_by",
            "decided_by");

    private final JdbcOperations jdbc;
    private final AccountService accounts;

    public ExportReader(JdbcOperations jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The rows {@code sql} (with one {@code ?}, the case id) selects, as section {@code key}. */
    public ExportSection section(String key, Locale locale, String sql, String caseId) {
        return new ExportSection(
                key, ExportWords.word(locale, key + ".title"), rows(key, locale, sql, List.of(caseId)));
    }

    /** The rows {@code sql} selects with {@code params}, labelled as fields of section {@code key}. */
    public List<Map<String, String>> rows(String key, Locale locale, String sql, List<?> params) {
        List<Map<String, Object>> raw = SqlLists.query(jdbc, sql, params, ExportReader::readRow);
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> row : raw) {
            row.forEach((column, v) -> {
                if (ACCOUNT_COLUMNS.contains(column) && v instanceof String s) ids.add(s);
            });
        }
        Map<String, String> names = accounts.displayNamesOf(ids);
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, Object> row : raw) {
            Map<String, String> shown = new LinkedHashMap<>();
            row.forEach((column, v) -> {
                String text = ACCOUNT_COLUMNS.contains(column) && v instanceof String s
                        ? names.getOrDefault(s, s)
                        : text(locale, v);
                shown.put(ExportWords.word(locale, key + "." + column), text);
            });
            out.add(shown);
        }
        return out;
    }

    /** One value as the reader sees it. */
    public static String text(Locale locale, Object v) {
        if (v == null) return "";
        if (v instanceof Timestamp t) return MOMENT.format(t.toInstant().atOffset(ZoneOffset.UTC));
        if (v instanceof LocalDateTime t) return MOMENT.format(t);
        if (v instanceof java.sql.Date d) return DAY.format(d.toLocalDate());
        if (v instanceof LocalDate d) return DAY.format(d);
        if (v instanceof Boolean b) return ExportWords.word(locale, b ? "value.yes" : "value.no");
        if (v instanceof String s && s.matches("[A-Z][A-Z0-9_]+(,[A-Z][A-Z0-9_]+)*")) {
            // A code, or a list of codes (a contact's concerns): each in plain words.
            List<String> words = new ArrayList<>();
            for (String code : s.split(",")) words.add(ExportWords.value(locale, code));
            return String.join(", ", words);
        }
        return v.toString();
    }

    private static Map<String, Object> readRow(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof byte[]) continue; // ciphertext: a feature that exports it decrypts it itself
            row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
        }
        return row;
    }
}
