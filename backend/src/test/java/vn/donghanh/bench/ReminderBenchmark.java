package vn.donghanh.bench;

import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.db.EmbeddedDatabase;
import vn.donghanh.delivery.OutboxDispatcher;
import vn.donghanh.support.BulkCases;
import vn.donghanh.support.FcmStandIn;
import vn.donghanh.support.MutableClock;
import vn.donghanh.support.StandInServiceAccount;

/**
 * The methadone morning: N persons (default 100,000) each with a dose at 07:30, whose 30-minute
 * reminders all come due at 07:00. The whole service runs in-process against an embedded MariaDB;
 * push goes through the real Firebase Admin SDK (configured as in production, from a service-account
 * file, with donghanh.push.fcm-endpoint pointing at a local FCM HTTP v1 stand-in). Measures firing
 * (ReminderService.runOnce until nothing more is due) and delivery (OutboxDispatcher.runOnce on W
 * threads, as W instances would, until the outbox is empty), and counts what the stand-in received.
 *
 * <pre>backend/bench/reminders.sh 100000 [dispatcher threads]</pre>
 */
public final class ReminderBenchmark {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** FCM's default project quota: 600,000 messages a minute. */
    private static final double FCM_QUOTA_PER_SECOND = 600_000 / 60.0;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Path.of("target", "bench-reminders").toAbsolutePath();
        deleteRecursively(dir);
        EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("db"), 0);
        FcmStandIn fcm = new FcmStandIn(false);
        LocalDate day = LocalDate.of(2026, 11, 24);
        Instant seven = day.atTime(7, 0).atZone(VN).toInstant();
        MutableClock clock = new MutableClock(seven.minusSeconds(3600));
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put("donghanh.data-dir", dir.resolve("data").toString());
        props.put("donghanh.admin-password", "bench-admin-password");
        props.put("donghanh.auth.bcrypt-cost", 4);
        props.put("donghanh.clock.provided-by-test", "true");
        props.put(
                "donghanh.push.firebase-credentials",
                StandInServiceAccount.write(dir.resolve("service-account.json"), fcm.tokenUri())
                        .toString());
        props.put("donghanh.push.fcm-endpoint", fcm.endpoint());
        // Only this benchmark runs the jobs, at the moments it measures.
        props.put("donghanh.supervision.scan-initial-delay", "3650d");
        props.put("donghanh.delivery.initial-delay", "3650d");
        props.put("donghanh.appointments.extend-initial-delay", "3650d");
        props.put("donghanh.reminders.initial-delay", "3650d");
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.registerSingleton(Clock.class, clock);
        context.start();
        try {
            run(context, db, fcm, clock, n, workers, seven);
        } finally {
            context.close();
            fcm.close();
            db.stop();
        }
        System.exit(0);
    }

    private static void run(
            ApplicationContext context,
            EmbeddedDatabase db,
            FcmStandIn fcm,
            MutableClock clock,
            int n,
            int workers,
            Instant seven)
            throws Exception {
        long s0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            String nation = "00000000-0000-0000-0000-000000000001";
            String clinic = UUID.randomUUID().toString();
            String creator = UUID.randomUUID().toString();
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO organisation (id, name, type, admin_unit_id, created_at) "
                            + "VALUES (?, 'Cơ sở điều trị Methadone', 'METHADONE_CLINIC', ?, ?)")) {
                ps.setString(1, clinic);
                ps.setString(2, nation);
                ps.setTimestamp(3, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            List<BulkCases.Person> people = BulkCases.insert(c, n, nation, creator, clock.instant());
            BulkCases.methadoneDoses(c, people, clinic, creator, seven.plusSeconds(30 * 60), clock.instant());
        }
        double setup = seconds(s0);
        ReminderService reminders = context.getBean(ReminderService.class);
        OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
        // Warm-up: nothing is due an hour early, so this only loads classes and the pool.
        reminders.runOnce();
        dispatcher.runOnce();
        System.gc();
        resetPeaks();
        // The reminder job queues each reminder up to queue-ahead (10 min) before it is due, hidden
        // until then: at 06:50 the whole morning is queued, and 07:00 is spent delivering.
        Duration ahead =
                context.getBean(vn.donghanh.appointment.ReminderDefaults.class).queueAhead();
        clock.set(seven.minus(ahead));
        long q0 = System.nanoTime();
        int queued = 0;
        for (int round; (round = reminders.runOnce()) > 0; ) {
            queued += round;
        }
        double queue = seconds(q0);
        clock.set(seven);

        // As in production, the reminder job and the dispatchers run at the same time: delivery
        // starts on the first fired page, not after the last one.
        long f0 = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean firing = new java.util.concurrent.atomic.AtomicBoolean(true);
        AtomicInteger handled = new AtomicInteger();
        AtomicInteger failedBatches = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(
                    () -> {
                        while (true) {
                            boolean stillFiring = firing.get();
                            try {
                                int got = dispatcher.runOnce();
                                if (got == 0) {
                                    if (!stillFiring) {
                                        return;
                                    }
                                    Thread.sleep(20);
                                }
                                handled.addAndGet(got);
                            } catch (RuntimeException e) {
                                // As the scheduled job does: a failed batch (a deadlock between instances) is
                                // left SENDING and claimed again when its lease runs out; count it.
                                failedBatches.incrementAndGet();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "dispatcher-" + w);
            t.start();
            threads.add(t);
        }
        int fired = 0;
        for (int round; (round = reminders.runOnce()) > 0; ) {
            fired += round;
        }
        double fire = seconds(f0);
        firing.set(false);
        long d0 = f0;
        for (Thread t : threads) {
            t.join();
        }
        double deliver = seconds(d0);
        long peakHeap = peakHeap();

        Map<String, Integer> outbox = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM outbox GROUP BY status");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                outbox.put(rs.getString(1), rs.getInt(2));
            }
        }
        double total = deliver;
        System.out.printf(
                "reminders=%d (METHADONE_DOSE at 07:30, due 07:00 Asia/Ho_Chi_Minh), dispatcher threads=%d, cores=%d%n",
                n, workers, Runtime.getRuntime().availableProcessors());
        System.out.printf("setup (bulk insert, not measured below)=%.1f s%n", setup);
        System.out.printf(
                "queued ahead at 07:00 minus %s: %d reminders in %.2f s (%.0f/s), hidden until 07:00%n",
                ahead, queued, queue, queued / queue);
        System.out.printf("reminder job at 07:00=%.2f s (%d more fired), delivering meanwhile%n", fire, fired);
        System.out.printf(
                "last delivered at %.2f s (%d outbox rows, %.0f msg/s; failed batches=%d)%n",
                deliver, handled.get(), handled.get() / deliver, failedBatches.get());
        System.out.printf(
                "total due->delivered=%.2f s  end-to-end=%.0f msg/s  = %.2f x FCM quota (600,000/min = 10,000/s)%n",
                total, fcm.distinct() / total, fcm.distinct() / total / FCM_QUOTA_PER_SECOND);
        System.out.printf(
                "stand-in received=%d distinct=%d duplicates=%d; outbox by status=%s%n",
                fcm.received(), fcm.distinct(), fcm.duplicates(), outbox);
        System.out.printf(
                "peak heap ~%d MiB (max heap %d MiB)%n",
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (fcm.duplicates() != 0 || fcm.distinct() != n || outbox.getOrDefault("SENT", 0) != n) {
            System.out.println("NOT CLEAN: expected every reminder delivered exactly once");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
