package vn.donghanh.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.FcmStandIn;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.StandInServiceAccount;
import vn.donghanh.support.TestDatabase;
import vn.donghanh.support.World;

/**
 * The outbox survives a SIGKILL mid-dispatch. A second service process (the real main class, the
 * real Firebase Admin SDK configured from a service-account file, FCM pointed at a local stand-in)
 * delivers 10,000 due reminders; it is killed after a few thousand, and a fresh process finishes.
 * Nothing is lost: every notification reaches the stand-in and every row ends SENT. What can be
 * repeated is only what was in flight, claimed but not recorded when the process died: FCM has no
 * idempotency key, so a message it accepted just before the kill is sent again once the lease runs
 * out. Those repeats carry the same notification id (the Android tag), so the phone shows one.
 * The in-process test service's own dispatcher is scheduled years away: only the child delivers.
 */
class CrashSafetyTest extends IntegrationTest {
    private static final int PEOPLE = 100;
    private static final int PER_PERSON = 100;
    private static final Path DIR = Path.of("target", "crash-safety").toAbsolutePath();

    @Test
    void aKilledDispatcherLosesNothingAndRepeatsOnlyWhatWasInFlight() throws Exception {
        World w = World.create(api);
        String tag = "crash-" + UUID.randomUUID();
        List<BulkCases.Person> people;
        List<String> notificationIds;
        try (Connection c = connect()) {
            people = BulkCases.insert(c, PEOPLE, w.communeA, w.id("officerA"), Instant.now());
            notificationIds = enqueue(c, people, tag);
        }
        int total = notificationIds.size();
        try (FcmStandIn fcm = new FcmStandIn(false)) {
            Path credentials = StandInServiceAccount.write(DIR.resolve("service-account.json"), fcm.tokenUri());
            // Somewhere in the second quarter of the run, not chosen to fall between two batches.
            int killAfter = 2_500 + new Random().nextInt(2_500);
            Process first = startService(credentials, fcm, DIR.resolve("service-1.log"));
            try {
                awaitOrFail(
                        () -> fcm.received() >= killAfter || !first.isAlive(),
                        120,
                        "the first service to send " + killAfter,
                        DIR.resolve("service-1.log"));
            } finally {
                // SIGKILL on Linux: no shutdown hook, no last record; also when the wait failed, so no
                // service is left running after the test.
                first.destroyForcibly();
            }
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the killed service exited");
            assertFalse(first.isAlive());
            assertTrue(first.exitValue() != 0, "it was killed, not stopped: exit " + first.exitValue());
            int receivedAtKill = fcm.received();
            Map<String, Integer> atKill = statuses(tag);
            int inFlight = atKill.getOrDefault("SENDING", 0);
            int recorded = atKill.getOrDefault("SENT", 0);

            Process second = startService(credentials, fcm, DIR.resolve("service-2.log"));
            try {
                awaitOrFail(
                        () -> statuses(tag).getOrDefault("SENT", 0) == total || !second.isAlive(),
                        120,
                        "every row SENT after the restart",
                        DIR.resolve("service-2.log"));
            } finally {
                second.destroy();
                if (!second.waitFor(20, TimeUnit.SECONDS)) {
                    second.destroyForcibly();
                }
            }

            Map<String, Integer> after = statuses(tag);
            int lost = 0;
            int duplicates = 0;
            for (int i = 0; i < total; i++) {
                int times = fcm.timesReceived(
                        notificationIds.get(i), people.get(i / PER_PERSON).deviceToken());
                lost += times == 0 ? 1 : 0;
                duplicates += Math.max(0, times - 1);
            }
            System.out.printf(
                    "[crash-safety] reminders=%d killed after %d received at the stand-in; at the kill: %d rows recorded SENT,"
                            + " %d in flight (SENDING); after the restart: all %s, lost=%d, duplicates=%d (bound: %d)%n",
                    total, receivedAtKill, recorded, inFlight, after, lost, duplicates, inFlight);
            assertEquals(Map.of("SENT", total), after, "every outbox row is SENT");
            assertEquals(0, lost, "no reminder lost: each reached its phone's token at least once");
            assertTrue(
                    duplicates <= inFlight,
                    "repeats (" + duplicates + ") are only rows that were in flight at the kill (" + inFlight + ")");
            assertTrue(receivedAtKill < total, "the kill happened mid-dispatch");
        }
    }

    /** 100 due reminders per person, queued exactly as Notifier queues them: a notification and its PUSH outbox row. */
    private static List<String> enqueue(Connection c, List<BulkCases.Person> people, String tag) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (BulkCases.Person p : people) {
            for (int i = 0; i < PER_PERSON; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                rows.add(new String[] {id, p.accountId(), p.caseId(), tag + ":" + id});
            }
        }
        Timestamp due = Timestamp.from(Instant.now().minusSeconds(1));
        for (int from = 0; from < rows.size(); from += 1000) {
            List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            try (PreparedStatement n = c.prepareStatement(
                            "INSERT INTO notification (id, account_id, kind, priority, case_id, subject_id,"
                                    + " title, body, created_at, dedupe_key) VALUES "
                                    + String.join(
                                            ",",
                                            Collections.nCopies(
                                                    chunk.size(),
                                                    "(?, ?, 'APPOINTMENT_REMINDER', 'NORMAL', ?, NULL, 'Đồng Hành', 'Bạn có lịch hẹn lúc 07:30.', ?, ?)")));
                    PreparedStatement o =
                            c.prepareStatement("INSERT INTO outbox (id, notification_id, account_id, status, attempts,"
                                    + " next_attempt_at, created_at, channel, dedupe_key) VALUES "
                                    + String.join(
                                            ",",
                                            Collections.nCopies(
                                                    chunk.size(), "(?, ?, ?, 'PENDING', 0, ?, ?, 'PUSH', ?)")))) {
                for (int i = 0; i < chunk.size(); i++) {
                    String[] r = chunk.get(i);
                    n.setString(i * 5 + 1, r[0]);
                    n.setString(i * 5 + 2, r[1]);
                    n.setString(i * 5 + 3, r[2]);
                    n.setTimestamp(i * 5 + 4, due);
                    n.setString(i * 5 + 5, r[3]);
                    o.setString(i * 6 + 1, UUID.randomUUID().toString());
                    o.setString(i * 6 + 2, r[0]);
                    o.setString(i * 6 + 3, r[1]);
                    o.setTimestamp(i * 6 + 4, due);
                    o.setTimestamp(i * 6 + 5, due);
                    o.setString(i * 6 + 6, r[3] + "#PUSH");
                }
                n.executeUpdate();
                o.executeUpdate();
            }
        }
        return ids;
    }

    private static Map<String, Integer> statuses(String tag) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        Sql.query(
                "SELECT status, COUNT(*) FROM outbox WHERE dedupe_key LIKE ? GROUP BY status",
                rs -> out.put(rs.getString(1), rs.getInt(2)),
                tag + ":%");
        return out;
    }

    /** The service's real main class in its own JVM, on the test database, dispatching every 100 ms and nothing else. */
    private static Process startService(Path credentials, FcmStandIn fcm, Path log) throws IOException {
        TestDatabase.Connection db = TestDatabase.get();
        Files.createDirectories(DIR);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Dhttp.maxConnections=500",
                "-Ddonghanh.delivery.interval=100ms",
                "-Ddonghanh.delivery.initial-delay=500ms",
                "-Ddonghanh.delivery.lease=PT3S",
                "-Ddonghanh.delivery.batch-size=500",
                "-Ddonghanh.supervision.scan-initial-delay=3650d",
                "-Ddonghanh.appointments.extend-initial-delay=3650d",
                "-Ddonghanh.reminders.initial-delay=3650d",
                "-Ddonghanh.auth.bcrypt-cost=4",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.donghanh.Application");
        Map<String, String> env = pb.environment();
        env.put("DATASOURCES_DEFAULT_URL", db.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", db.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", db.password());
        // The in-process service's data directory: the same generated keys, so both decrypt the same data.
        env.put(
                "DONGHANH_DATA_DIR",
                Path.of("target", "test-data").toAbsolutePath().toString());
        env.put("DONGHANH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PORT", "0");
        env.put("DONGHANH_FIREBASE_CREDENTIALS", credentials.toString());
        env.put("DONGHANH_PUSH_FCM_ENDPOINT", fcm.endpoint());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static void awaitOrFail(BooleanSupplier done, int seconds, String what, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what + "; service log:\n" + tail(log));
            }
            Thread.sleep(20);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
