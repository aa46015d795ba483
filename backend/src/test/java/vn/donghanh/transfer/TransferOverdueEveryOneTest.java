package vn.donghanh.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * The overdue list's late transfers used to stop at 500 a direction without a word; with more transfers past
 * their deadline than a page of {@link TransferOverdue#PAGE}, every one is on the list, once.
 */
class TransferOverdueEveryOneTest extends IntegrationTest {
    @Test
    void everyLateTransferIsOnTheOverdueList() throws SQLException {
        int late = TransferOverdue.PAGE + 10;
        World w = World.create(api);
        Instant now = CLOCK.instant();
        Set<String> transfers = new HashSet<>();
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            List<BulkCases.Person> people = BulkCases.insert(c, late, w.communeA, w.id("officerA"), now);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO case_transfer (id, case_id, from_unit_id, to_unit_id, initiated_by, state, move_date,"
                            + " reason, case_status, requested_by, requested_at, answer_due_at, open_case_id)"
                            + " VALUES (?, ?, ?, ?, 'SENDER', 'REQUESTED', ?, 'Về quê', 'ACTIVE', ?, ?, ?, ?)")) {
                for (BulkCases.Person p : people) {
                    String id = UUID.randomUUID().toString();
                    ps.setString(1, id);
                    ps.setString(2, p.caseId());
                    ps.setString(3, w.communeA);
                    ps.setString(4, w.otherCommune);
                    ps.setObject(5, LocalDate.of(2026, 1, 5));
                    ps.setString(6, w.id("officerA"));
                    ps.setTimestamp(7, Timestamp.from(now.minus(Duration.ofDays(3))));
                    // Past their deadline by an hour and more, each a second apart.
                    ps.setTimestamp(
                            8, Timestamp.from(now.minus(Duration.ofHours(1)).minusSeconds(transfers.size())));
                    ps.setString(9, p.caseId());
                    ps.addBatch();
                    transfers.add(id);
                }
                ps.executeBatch();
            }
        }
        try {
            List<JsonNode> items =
                    Pages.all(api, w.token("officerA"), "/api/v1/overdue", ComplianceService.MAX_OVERDUE_PAGE);
            Set<String> listed = new HashSet<>();
            items.stream()
                    .filter(i -> i.get("kind").asText().equals("TRANSFER_ANSWER"))
                    .forEach(i -> assertTrue(listed.add(i.get("transferId").asText()), "once"));
            assertEquals(transfers, listed, "every late transfer, more than " + TransferOverdue.PAGE);
        } finally {
            // Other test classes scan the same database: these transfers and cases stop costing them anything.
            Sql.update(
                    "UPDATE case_transfer SET state = 'CANCELLED', open_case_id = NULL WHERE from_unit_id = ?",
                    w.communeA);
            Sql.update("UPDATE managed_case SET status = 'COMPLETED' WHERE admin_unit_id = ?", w.communeA);
        }
    }
}
