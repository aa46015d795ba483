package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * Two console bounds that used to stop short and say nothing: the case's check-ins sheet read at most 20,000
 * rows, and a session sweep removed at most 1,000 ended sessions a run. Now the sheet holds every check-in and
 * one sweep removes every ended session, a batch at a time.
 */
class EveryRowAndSessionTest extends IntegrationTest {
    static final int CHECKINS = 20_001;
    static final int ENDED_SESSIONS = 2_345;

    @Test
    void theCheckinsSheetHoldsEveryCheckinPastTheOldTwentyThousand() throws SQLException, IOException {
        World w = World.create(api);
        String caseId = w.registerCase("officerA", w.communeA, "Người Báo Nhiều")
                .get("id")
                .asText();
        Instant first = CLOCK.instant().minus(Duration.ofDays(30));
        try (Connection c = connect()) {
            int batch = 1000;
            String row = "(?, ?, 'SELF', ?, ?, ?)";
            for (int from = 0; from < CHECKINS; from += batch) {
                int n = Math.min(batch, CHECKINS - from);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO checkin (id, case_id, kind, occurred_at, received_at, recorded_by) VALUES "
                                + String.join(",", Collections.nCopies(n, row)))) {
                    int k = 0;
                    for (int i = from; i < from + n; i++) {
                        Timestamp at = Timestamp.from(first.plusSeconds(i * 60L));
                        ps.setString(++k, UUID.randomUUID().toString());
                        ps.setString(++k, caseId);
                        ps.setTimestamp(++k, at);
                        ps.setTimestamp(++k, at);
                        ps.setString(++k, w.id("officerA"));
                    }
                    ps.executeUpdate();
                }
            }
        }
        String path = bean(AdminUnitService.class).require(w.communeA, "unit").path();
        Caller officer =
                new Caller(w.id("officerA"), Role.OFFICER, "Cán bộ", w.communeA, path, null, null, "127.0.0.1");
        HttpResponse<?> sheet = bean(CaseCheckinsSheetController.class)
                .download(
                        HttpRequest.GET("/cases/" + caseId + "/checkins.xlsx"),
                        new ConsoleSession("test-session", "test-csrf", officer),
                        caseId);
        assertEquals(200, sheet.code());
        byte[] bytes = (byte[]) sheet.body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // A header row, then one row per check-in.
            assertEquals(CHECKINS, book.getSheetAt(0).getLastRowNum(), "every check-in is a row");
        }
        // Other test classes scan the same database: the case stops costing them anything.
        Sql.update("UPDATE managed_case SET status = 'COMPLETED' WHERE id = ?", caseId);
    }

    @Test
    void oneSweepRemovesEveryEndedSessionNotOnlyAThousand() throws SQLException {
        assertTrue(ENDED_SESSIONS > 2 * ConsoleSessionStore.SWEEP_BATCH, "more than two batches");
        String account = UUID.randomUUID().toString();
        Timestamp ended = Timestamp.from(CLOCK.instant().minus(Duration.ofDays(2)));
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO console_session (token_hash, account_id, role, display_name, admin_unit_id, unit_path,"
                                + " organisation_id, token_version, csrf_token, created_at, last_seen_at, expires_at)"
                                + " VALUES (?, ?, 'OFFICER', 'Cán bộ', ?, '/x/', NULL, 0, ?, ?, ?, ?)")) {
            for (int i = 0; i < ENDED_SESSIONS; i++) {
                ps.setString(1, String.format("%048x", i) + account.substring(0, 16));
                ps.setString(2, account);
                ps.setString(3, account);
                ps.setString(4, "c".repeat(43));
                ps.setTimestamp(5, ended);
                ps.setTimestamp(6, ended);
                ps.setTimestamp(7, ended);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        assertEquals(ENDED_SESSIONS, sessionsOf(account));
        bean(ConsoleSessions.class).sweep();
        assertEquals(0, sessionsOf(account), "one sweep, every ended session");
    }

    private static int sessionsOf(String account) {
        return Sql.query("SELECT COUNT(*) FROM console_session WHERE account_id = ?", rs -> rs.getInt(1), account)
                .get(0);
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
