package vn.donghanh.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Many active cases straight into the database, for load and crash tests that need thousands of
 * persons the API would take minutes to create: each case has an activated person account with one
 * Android device token, and may get a one-off methadone dose. Multi-row INSERTs of {@link #CHUNK}
 * rows keep it to a few hundred round trips for 100,000 cases.
 */
public final class BulkCases {
    public static final int CHUNK = 500;
    /** Every bulk case's management period starts (and its decision is dated) on this day. */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);

    public record Person(String caseId, String accountId, String deviceToken) {}

    private BulkCases() {}

    /** {@code n} active cases in {@code adminUnitId}, each with an activated person account and a device token. */
    public static List<Person> insert(Connection c, int n, String adminUnitId, String createdBy, Instant now)
            throws SQLException {
        List<Person> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            people.add(new Person(
                    UUID.randomUUID().toString(), UUID.randomUUID().toString(), "bulk-" + UUID.randomUUID()));
        }
        Timestamp at = Timestamp.from(now);
        LocalDate today = START;
        chunked(
                c,
                people,
                "managed_case (id, admin_unit_id, full_name, name_search, date_of_birth, sex, preferred_language, address,"
                        + " basis, decision_number, decision_date, start_date, planned_end_date, status, status_since, time_zone, version,"
                        + " created_by, created_at, updated_at)",
                20,
                (ps, k, i, p) -> {
                    ps.setString(k + 1, p.caseId());
                    ps.setString(k + 2, adminUnitId);
                    ps.setString(k + 3, "Người Thử " + p.caseId().substring(0, 8));
                    ps.setString(k + 4, "nguoi thu " + p.caseId().substring(0, 8));
                    ps.setObject(k + 5, LocalDate.of(1990, 1, 1));
                    ps.setString(k + 6, "MALE");
                    ps.setString(k + 7, "vi");
                    ps.setString(k + 8, "Thử nghiệm");
                    ps.setString(k + 9, "OPIOID_SUBSTITUTION");
                    ps.setString(k + 10, "QD-BULK");
                    ps.setObject(k + 11, today);
                    ps.setObject(k + 12, today);
                    ps.setObject(k + 13, today.plusYears(1));
                    ps.setString(k + 14, "ACTIVE");
                    ps.setObject(k + 15, today);
                    ps.setString(k + 16, "Asia/Ho_Chi_Minh");
                    ps.setInt(k + 17, 1);
                    ps.setString(k + 18, createdBy);
                    ps.setTimestamp(k + 19, at);
                    ps.setTimestamp(k + 20, at);
                });
        // A password hash (not a usable one) is what "activated" means to the reminder query.
        chunked(
                c,
                people,
                "account (id, role, display_name, admin_unit_id, case_id, password_hash, active, created_at)",
                8,
                (ps, k, i, p) -> {
                    ps.setString(k + 1, p.accountId());
                    ps.setString(k + 2, "PERSON");
                    ps.setString(k + 3, "Người Thử");
                    ps.setString(k + 4, adminUnitId);
                    ps.setString(k + 5, p.caseId());
                    ps.setString(k + 6, "bulk-not-a-bcrypt-hash");
                    ps.setBoolean(k + 7, true);
                    ps.setTimestamp(k + 8, at);
                });
        chunked(c, people, "device_token (token, account_id, platform, created_at, last_seen_at)", 5, (ps, k, i, p) -> {
            ps.setString(k + 1, p.deviceToken());
            ps.setString(k + 2, p.accountId());
            ps.setString(k + 3, "ANDROID");
            ps.setTimestamp(k + 4, at);
            ps.setTimestamp(k + 5, at);
        });
        return people;
    }

    /** A one-off METHADONE_DOSE at {@code placeId} starting at {@code startsAt} for each person. */
    public static void methadoneDoses(
            Connection c, List<Person> people, String placeId, String createdBy, Instant startsAt, Instant now)
            throws SQLException {
        List<String> series = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            series.add(UUID.randomUUID().toString());
        }
        Timestamp start = Timestamp.from(startsAt);
        Timestamp at = Timestamp.from(now);
        java.time.LocalDateTime local =
                startsAt.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime();
        chunked(
                c,
                people,
                "appointment_series (id, case_id, type, place_id, first_start_local, rrule, duration_minutes,"
                        + " generated_until, created_by, created_at)",
                10,
                (ps, k, i, p) -> {
                    ps.setString(k + 1, series.get(i));
                    ps.setString(k + 2, p.caseId());
                    ps.setString(k + 3, "METHADONE_DOSE");
                    ps.setString(k + 4, placeId);
                    ps.setObject(k + 5, local);
                    ps.setString(k + 6, null);
                    ps.setInt(k + 7, 15);
                    ps.setTimestamp(k + 8, start);
                    ps.setString(k + 9, createdBy);
                    ps.setTimestamp(k + 10, at);
                });
        chunked(
                c,
                people,
                "appointment_occurrence (id, series_id, case_id, original_starts_at, starts_at, status)",
                6,
                (ps, k, i, p) -> {
                    ps.setString(k + 1, UUID.randomUUID().toString());
                    ps.setString(k + 2, series.get(i));
                    ps.setString(k + 3, p.caseId());
                    ps.setTimestamp(k + 4, start);
                    ps.setTimestamp(k + 5, start);
                    ps.setString(k + 6, "SCHEDULED");
                });
    }

    /**
     * What registering writes besides the case row: the REGISTERED timeline entry that puts the case
     * under management (ACTIVE) from its start date, which compliance reads as the status history.
     */
    public static void registeredEvents(Connection c, List<Person> people, String createdBy, Instant now)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        chunked(
                c,
                people,
                "case_event (id, case_id, type, from_status, to_status, reason, effective_date, actor_id, occurred_at)",
                9,
                (ps, k, i, p) -> {
                    ps.setString(k + 1, UUID.randomUUID().toString());
                    ps.setString(k + 2, p.caseId());
                    ps.setString(k + 3, "REGISTERED");
                    ps.setString(k + 4, null);
                    ps.setString(k + 5, "ACTIVE");
                    ps.setString(k + 6, null);
                    ps.setObject(k + 7, START);
                    ps.setString(k + 8, createdBy);
                    ps.setTimestamp(k + 9, at);
                });
    }

    /** A SELF_CHECKIN plan ({@code rrule}, no grace, from {@code effectiveFrom}) for each person, as creating a plan writes it. */
    public static void selfCheckinPlans(
            Connection c, List<Person> people, String rrule, LocalDate effectiveFrom, String createdBy, Instant now)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        chunked(
                c,
                people,
                "checkin_plan (id, series_id, case_id, kind, rrule, grace, effective_from, effective_to, created_by, created_at)",
                10,
                (ps, k, i, p) -> {
                    String id = UUID.randomUUID().toString();
                    ps.setString(k + 1, id);
                    ps.setString(k + 2, id);
                    ps.setString(k + 3, p.caseId());
                    ps.setString(k + 4, "SELF_CHECKIN");
                    ps.setString(k + 5, rrule);
                    ps.setString(k + 6, "PT0S");
                    ps.setObject(k + 7, effectiveFrom);
                    ps.setObject(k + 8, null);
                    ps.setString(k + 9, createdBy);
                    ps.setTimestamp(k + 10, at);
                });
    }

    /** Binds one row: its parameters start after {@code k}; {@code index} is the person's position in the list. */
    private interface Binder {
        void bind(PreparedStatement ps, int k, int index, Person p) throws SQLException;
    }

    private static void chunked(Connection c, List<Person> people, String table, int columns, Binder binder)
            throws SQLException {
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<Person> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(chunk.size(), row)))) {
                for (int i = 0; i < chunk.size(); i++) {
                    binder.bind(ps, i * columns, from + i, chunk.get(i));
                }
                ps.executeUpdate();
            }
        }
    }
}
