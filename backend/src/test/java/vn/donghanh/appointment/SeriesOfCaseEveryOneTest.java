package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * The case's appointment series, as the console shows them beside each occurrence, used to stop at
 * {@link AppointmentService#MAX_LISTED} without saying so; every one is listed now.
 */
class SeriesOfCaseEveryOneTest extends IntegrationTest {
    @Test
    void everySeriesPastTheOldBound() throws SQLException {
        int series = AppointmentService.MAX_LISTED + 1;
        World w = World.create(api);
        String caseId = w.registerCase("officerA", w.communeA, "Người Nhiều Lịch Hẹn")
                .get("id")
                .asText();
        Timestamp now = Timestamp.from(CLOCK.instant());
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO appointment_series (id, case_id, type, place_id, first_start_local, rrule,"
                                + " duration_minutes, note, generated_until, cancelled_at, created_by, created_at)"
                                + " VALUES (?, ?, 'COUNSELLING', ?, ?, NULL, 60, NULL, ?, NULL, ?, ?)")) {
            for (int i = 0; i < series; i++) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, caseId);
                ps.setString(3, w.policeA);
                ps.setObject(4, LocalDateTime.of(2026, 1, 5, 9, 0).plusDays(i));
                ps.setTimestamp(5, now);
                ps.setString(6, w.id("officerA"));
                ps.setTimestamp(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String path = bean(AdminUnitService.class).require(w.communeA, "unit").path();
        Caller officer =
                new Caller(w.id("officerA"), Role.OFFICER, "Cán bộ", w.communeA, path, null, null, "127.0.0.1");
        assertEquals(
                series,
                bean(AppointmentService.class).seriesOfCase(officer, caseId).size());
    }
}
