package vn.donghanh.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.FcmStandIn;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.ServiceProcess;
import vn.donghanh.support.Sql;
import vn.donghanh.support.StandInServiceAccount;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * Two service processes (the real main class, each in its own JVM) against the one test database,
 * both running every job every second or two and both serving requests at the same time:
 * <ul>
 * <li>each reminder is sent once: methadone doses whose reminders come due while both run, each
 *     delivered to the FCM stand-in exactly once, from one reminder row per dose;</li>
 * <li>each escalation step is taken once: cases overdue with no mentor get one alert each and one
 *     notification per officer, however many scans of the two instances saw them;</li>
 * <li>the sync publisher numbers every change once: check-ins written through both processes at once
 *     get published_seq values that are unique and leave no gap in the numbering, and an officer's
 *     phone reading the feed through either process sees every one of them.</li>
 * </ul>
 * The in-process test service's own jobs are scheduled years away: only the two children run them.
 */
class TwoInstancesTest extends IntegrationTest {
    private static final Path DIR = Path.of("target", "two-instances").toAbsolutePath();
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int REMINDED = 200;
    private static final int OVERDUE = 40;
    private static final int WRITES_PER_THREAD = 25;
    private static final int THREADS_PER_INSTANCE = 2;

    @Test
    void twoInstancesTakeEveryStepOnceWhileBothServeTraffic() throws Exception {
        World w = World.create(api);
        Instant now = Instant.now();
        List<BulkCases.Person> reminded;
        List<BulkCases.Person> overdue;
        try (Connection c = connect()) {
            reminded = BulkCases.insert(c, REMINDED, w.communeA, w.id("officerA"), now);
            BulkCases.registeredEvents(c, reminded, w.id("officerA"), now);
            String clinic = clinic(c, w.communeA, now);
            // The dose's 30-minute reminder comes due a few seconds after both instances are up.
            BulkCases.methadoneDoses(
                    c,
                    reminded,
                    clinic,
                    w.id("officerA"),
                    now.plus(Duration.ofMinutes(30)).plusSeconds(40),
                    now);
            overdue = BulkCases.insert(c, OVERDUE, w.communeA, w.id("officerA"), now);
            BulkCases.registeredEvents(c, overdue, w.id("officerA"), now);
            // Daily from the day before yesterday, no grace, nothing checked in: overdue since the end of that day.
            LocalDate from = now.atZone(VN).toLocalDate().minusDays(2);
            BulkCases.selfCheckinPlans(c, overdue, "FREQ=DAILY", from, w.id("officerA"), now);
        }
        try (FcmStandIn fcm = new FcmStandIn(false)) {
            Path credentials = StandInServiceAccount.write(DIR.resolve("service-account.json"), fcm.tokenUri());
            int portA = ServiceProcess.freePort();
            int portB = ServiceProcess.freePort();
            Process a = start(portA, credentials, fcm, "instance-a.log");
            Process b = start(portB, credentials, fcm, "instance-b.log");
            try {
                URI baseA = URI.create("http://127.0.0.1:" + portA);
                URI baseB = URI.create("http://127.0.0.1:" + portB);
                assertTrue(
                        ServiceProcess.awaitOk(a, baseA.resolve("/health"), Duration.ofSeconds(90)),
                        "instance A came up: " + ServiceProcess.tail(DIR.resolve("instance-a.log")));
                assertTrue(
                        ServiceProcess.awaitOk(b, baseB.resolve("/health"), Duration.ofSeconds(90)),
                        "instance B came up: " + ServiceProcess.tail(DIR.resolve("instance-b.log")));
                Api apiA = new Api(baseA);
                Api apiB = new Api(baseB);
                String officer = w.token("officerA");
                String cursorA = readToTheEnd(apiA, officer, null, new HashSet<>());
                String cursorB = readToTheEnd(apiB, officer, null, new HashSet<>());

                // Both instances take writes at once while their jobs run.
                Set<String> written = writeThroughBoth(apiA, apiB, officer, reminded);
                assertEquals(2 * THREADS_PER_INSTANCE * WRITES_PER_THREAD, written.size());

                Set<String> seenA = new HashSet<>();
                Set<String> seenB = new HashSet<>();
                String[] cursors = {cursorA, cursorB};
                awaitOrFail(
                        () -> {
                            cursors[0] = readToTheEnd(apiA, officer, cursors[0], seenA);
                            cursors[1] = readToTheEnd(apiB, officer, cursors[1], seenB);
                            return seenA.containsAll(written) && seenB.containsAll(written);
                        },
                        60,
                        "the officer's feed through both instances to show every check-in written");
                assertPublishedOnceWithoutGaps(written);

                Map<String, String> tokenOf = new HashMap<>();
                reminded.forEach(p -> tokenOf.put(p.accountId(), p.deviceToken()));
                List<String[]> reminders = new ArrayList<>();
                awaitOrFail(
                        () -> {
                            reminders.clear();
                            reminders.addAll(reminderNotifications(w.communeA));
                            return reminders.size() >= REMINDED
                                    && reminders.stream()
                                            .allMatch(r -> fcm.timesReceived(r[0], tokenOf.get(r[1])) >= 1);
                        },
                        90,
                        "every dose's reminder to reach the FCM stand-in");
                awaitOrFail(
                        () -> Sql.query(
                                                "SELECT COUNT(DISTINCT oa.case_id) FROM overdue_alert oa JOIN managed_case c"
                                                        + " ON c.id = oa.case_id WHERE c.admin_unit_id = ?",
                                                rs -> rs.getInt(1),
                                                w.communeA)
                                        .get(0)
                                >= OVERDUE,
                        60,
                        "every overdue case to be alerted");
                // A few more rounds of both instances' jobs: a second delivery or alert would show now.
                Thread.sleep(5_000);

                assertEquals(REMINDED, reminderNotifications(w.communeA).size(), "one reminder per dose");
                int duplicates = 0;
                for (String[] r : reminderNotifications(w.communeA)) {
                    int times = fcm.timesReceived(r[0], tokenOf.get(r[1]));
                    assertTrue(times >= 1, "reminder " + r[0] + " reached its phone");
                    duplicates += times - 1;
                }
                assertEquals(0, duplicates, "no reminder was pushed twice by the two instances");
                assertEquals(
                        REMINDED,
                        Sql.query(
                                        "SELECT COUNT(*) FROM reminder r JOIN managed_case c ON c.id = r.case_id"
                                                + " WHERE c.admin_unit_id = ?",
                                        rs -> rs.getInt(1),
                                        w.communeA)
                                .get(0),
                        "one reminder row per dose");
                assertEscalatedOnce(overdue);
            } finally {
                ServiceProcess.stop(a);
                ServiceProcess.stop(b);
                // Other test classes scan the same database: these cases stop costing them anything.
                Sql.update("UPDATE managed_case SET status = 'COMPLETED' WHERE admin_unit_id = ?", w.communeA);
            }
        }
    }

    /** 2 threads per instance, each recording OFFICE_PRESENCE check-ins on the reminded cases; the check-in ids. */
    private static Set<String> writeThroughBoth(Api apiA, Api apiB, String officer, List<BulkCases.Person> cases)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
            Api through = t % 2 == 0 ? apiA : apiB;
            int thread = t;
            futures.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < WRITES_PER_THREAD; i++) {
                    String caseId = cases.get((thread * WRITES_PER_THREAD + i) % cases.size())
                            .caseId();
                    String id = UUID.randomUUID().toString();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("id", id);
                    body.put("kind", "OFFICE_PRESENCE");
                    body.put(
                            "occurredAt",
                            OffsetDateTime.now(ZoneOffset.ofHours(7)).toString());
                    ApiResponse r = through.post(officer, "/api/v1/cases/" + caseId + "/checkins", body);
                    assertEquals(201, r.status(), r::toString);
                    ids.add(id);
                }
                return ids;
            }));
        }
        Set<String> all = new HashSet<>();
        for (Future<List<String>> f : futures) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return all;
    }

    /** Reads the feed from {@code cursor} until nothing more waits, collecting the check-ins seen; the last cursor. */
    private static String readToTheEnd(Api api, String token, String cursor, Set<String> checkins) {
        while (true) {
            ApiResponse r = api.get(token, "/api/v1/sync?limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, r.status(), r::toString);
            for (JsonNode change : r.json().get("changes")) {
                if (change.get("type").asText().equals("CHECKIN")) {
                    checkins.add(change.get("id").asText());
                }
            }
            cursor = r.json().get("cursor").asText();
            if (!r.json().get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }

    /** Every change of those check-ins numbered once; the numbers from the lowest to the highest of them have no gap. */
    private static void assertPublishedOnceWithoutGaps(Set<String> checkins) {
        List<Long> numbers = new ArrayList<>();
        for (String id : checkins) {
            List<Long> seqs = Sql.query(
                    "SELECT published_seq FROM sync_change WHERE entity = 'CHECKIN' AND entity_id = ?",
                    rs -> rs.getObject(1) == null ? null : rs.getLong(1),
                    id);
            assertEquals(1, seqs.size(), "one change row for check-in " + id);
            assertTrue(seqs.get(0) != null, "check-in " + id + " was published");
            numbers.add(seqs.get(0));
        }
        assertEquals(checkins.size(), new HashSet<>(numbers).size(), "no two changes share a number");
        long lo = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        long hi = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Long> range = Sql.query(
                "SELECT COUNT(*), COUNT(DISTINCT published_seq) FROM sync_change WHERE published_seq BETWEEN ? AND ?",
                rs -> rs.getLong(1) * 1_000_000_000L + rs.getLong(2),
                lo,
                hi);
        long rows = range.get(0) / 1_000_000_000L;
        long distinct = range.get(0) % 1_000_000_000L;
        assertEquals(hi - lo + 1, rows, "published_seq " + lo + ".." + hi + " has no gap");
        assertEquals(rows, distinct, "and no number twice");
    }

    /** One alert per case; each officer told once per case. */
    private static void assertEscalatedOnce(List<BulkCases.Person> cases) {
        for (BulkCases.Person p : cases) {
            assertEquals(
                    1,
                    Sql.query("SELECT COUNT(*) FROM overdue_alert WHERE case_id = ?", rs -> rs.getInt(1), p.caseId())
                            .get(0),
                    "one alert for case " + p.caseId());
            List<Integer> perOfficer = Sql.query(
                    "SELECT COUNT(*) FROM notification WHERE case_id = ? AND kind LIKE 'CHECKIN_OVERDUE%'"
                            + " GROUP BY account_id, kind",
                    rs -> rs.getInt(1), p.caseId());
            assertTrue(!perOfficer.isEmpty(), "the officers were told of case " + p.caseId());
            assertTrue(
                    perOfficer.stream().allMatch(n -> n == 1),
                    "each officer told once of case " + p.caseId() + ": " + perOfficer);
        }
    }

    /** {notification id, account id} of every reminder pushed for the commune's cases. */
    private static List<String[]> reminderNotifications(String commune) {
        return Sql.query(
                "SELECT n.id, n.account_id FROM notification n JOIN managed_case c ON c.id = n.case_id"
                        + " WHERE c.admin_unit_id = ? AND n.kind = 'APPOINTMENT_REMINDER'",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                commune);
    }

    private static String clinic(Connection c, String unit, Instant now) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (id, name, type, admin_unit_id,"
                + " created_at) VALUES (?, 'Cơ sở điều trị Methadone', 'METHADONE_CLINIC', ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, unit);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * The real main class on the test database and the in-process service's data directory (the same
     * keys, so tokens and encrypted fields work on both), every job every second or two, no quiet hours.
     */
    private static Process start(int port, Path credentials, FcmStandIn fcm, String log) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", db.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", db.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", db.password());
        env.put(
                "DONGHANH_DATA_DIR",
                Path.of("target", "test-data").toAbsolutePath().toString());
        env.put("DONGHANH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORT", Integer.toString(port));
        env.put("DONGHANH_FIREBASE_CREDENTIALS", credentials.toString());
        env.put("DONGHANH_PUSH_FCM_ENDPOINT", fcm.endpoint());
        return ServiceProcess.start(
                "vn.donghanh.Application",
                List.of(
                        "-Ddonghanh.auth.bcrypt-cost=4",
                        "-Ddonghanh.supervision.scan-interval=2s",
                        "-Ddonghanh.supervision.scan-initial-delay=1s",
                        "-Ddonghanh.reminders.interval=1s",
                        "-Ddonghanh.reminders.initial-delay=1s",
                        "-Ddonghanh.reminders.quiet-from=03:00",
                        "-Ddonghanh.reminders.quiet-until=03:00",
                        "-Ddonghanh.delivery.interval=200ms",
                        "-Ddonghanh.delivery.initial-delay=1s",
                        "-Ddonghanh.appointments.extend-initial-delay=3650d",
                        "-Ddonghanh.transfer.scan-initial-delay=3650d",
                        "-Ddonghanh.report.scan-initial-delay=3650d",
                        "-Ddonghanh.sync.retire-initial-delay=3650d"),
                env,
                DIR.resolve(log));
    }

    private static void awaitOrFail(BooleanSupplier done, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what + "; instance A:\n"
                        + ServiceProcess.tail(DIR.resolve("instance-a.log")) + "\ninstance B:\n"
                        + ServiceProcess.tail(DIR.resolve("instance-b.log")));
            }
            Thread.sleep(250);
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
