package vn.donghanh.bench;

import io.micronaut.context.ApplicationContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.donghanh.db.EmbeddedDatabase;
import vn.donghanh.report.periodic.Figures;
import vn.donghanh.report.periodic.Indicator;
import vn.donghanh.report.periodic.ReportCalculator;
import vn.donghanh.report.periodic.ReportPeriod;
import vn.donghanh.report.periodic.ReportPeriods;
import vn.donghanh.support.MutableClock;

/**
 * A province's six-month report over N cases (default 100,000) in C communes (default 100): the
 * whole service in-process against an embedded MariaDB, the province bulk-inserted by
 * {@link ProvinceSeed} (timed apart, per table), then {@code ReportCalculator.byCommune(province
 * path, 2026-H2, its cut-off)} three times, the first cold. Each run prints its time, cases/s, the
 * rows InnoDB read and the statements the service sent (so a query per case would show), the heap
 * after a GC before and after, and the heap's peak; then a sanity line the seed can check. A
 * sampler of the calling thread's stack says where the time went. Ceiling: "a few seconds"
 * (issue 15), taken as 5 s for the warm runs.
 *
 * <pre>backend/bench/report.sh [cases, default 100000] [communes, default 100]</pre>
 */
public final class ReportBenchmark {
    private static final double CEILING_SECONDS = 5.0;
    private static final Path DB_PID = Path.of("target", "bench-report", "db", "mariadb", "mariadbd.pid");
    private static final String[] TABLES = {
        "admin_unit", "organisation", "account", "managed_case", "case_event", "mentor_assignment", "checkin_plan",
        "checkin", "drug_test", "case_transfer", "referral", "referral_step", "retention_check", "help_request",
        "certificate_number", "sync_change"
    };

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int communes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        // "--reuse": time again over the data a previous run seeded with the same arguments (its
        // database survives; migrations added since are applied at start), instead of seeding anew.
        boolean reuse = args.length > 2 && args[2].equals("--reuse");
        Path dir = Path.of("target", "bench-report").toAbsolutePath();
        Properties seeded = new Properties();
        Path seededFile = dir.resolve("seeded.properties");
        if (reuse && Files.exists(seededFile)) {
            try (var in = Files.newBufferedReader(seededFile)) {
                seeded.load(in);
            }
        }
        if (!(n + "/" + communes).equals(seeded.getProperty("size"))) {
            seeded.clear();
            deleteRecursively(dir);
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("db"), 0);
        // The report is made a few days after the period's cut-off (14/12), as officers do.
        MutableClock clock = new MutableClock(Instant.parse("2026-12-20T10:00:00Z"));
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put("donghanh.data-dir", dir.resolve("data").toString());
        props.put("donghanh.admin-password", "bench-admin-password");
        props.put("donghanh.auth.bcrypt-cost", 4);
        props.put("donghanh.clock.provided-by-test", "true");
        // No background job competes with what is measured.
        props.put("donghanh.supervision.scan-initial-delay", "3650d");
        props.put("donghanh.delivery.initial-delay", "3650d");
        props.put("donghanh.appointments.extend-initial-delay", "3650d");
        props.put("donghanh.reminders.initial-delay", "3650d");
        props.put("donghanh.transfer.scan-initial-delay", "3650d");
        props.put("donghanh.sync.retire-initial-delay", "3650d");
        props.put("donghanh.auth.rate-limit.sweep-initial-delay", "3650d");
        props.put("donghanh.report.scan-initial-delay", "3650d");
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.registerSingleton(Clock.class, clock);
        context.start();
        int exit;
        try {
            exit = run(context, db, clock, n, communes, seeded, seededFile);
        } finally {
            context.close();
            db.stop();
        }
        System.exit(exit);
    }

    private static int run(
            ApplicationContext context,
            EmbeddedDatabase db,
            MutableClock clock,
            int n,
            int communes,
            Properties seeded,
            Path seededFile)
            throws Exception {
        ReportPeriod period =
                context.getBean(ReportPeriods.class).parse("2026-H2").orElseThrow();
        LocalDate asOf = period.endsOn();
        Instant now = clock.instant();
        System.out.printf(
                "machine: %d cores, %s %s, max heap %d MiB; period %s (%s to %s), as of %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                period.code(),
                period.startsOn(),
                period.endsOn(),
                asOf);

        if (seeded.isEmpty()) {
            seed(db, n, communes, period, asOf, now, seeded);
            try (var out = Files.newBufferedWriter(seededFile)) {
                seeded.store(out, "what ReportBenchmark seeded; --reuse times again over it");
            }
        } else {
            System.out.printf(
                    "reusing the province seeded by an earlier run (%s cases/communes; seeding took %s s)%n",
                    seeded.getProperty("size"), seeded.getProperty("seconds"));
        }
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement st = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    sizes.put(t, rs.getLong(1));
                }
            }
            // Statistics as after a normal day's writes, not the empty tables the planner saw at migration.
            for (String t : TABLES) {
                st.execute("ANALYZE TABLE " + t);
            }
        }
        StringBuilder line = new StringBuilder("table sizes (rows, both provinces):");
        sizes.forEach((t, v) -> line.append(String.format(" %s=%,d", t, v)));
        System.out.println(line);
        long expected = Long.parseLong(seeded.getProperty("underManagement"));
        long moves = Long.parseLong(seeded.getProperty("moves"));
        long completed = Long.parseLong(seeded.getProperty("completed"));
        String path = seeded.getProperty("provincePath");

        ReportCalculator calculator = context.getBean(ReportCalculator.class);
        String dbPid = Files.exists(DB_PID) ? Files.readString(DB_PID).trim() : null;
        StackSampler sampler = new StackSampler(Thread.currentThread());
        List<Double> times = new ArrayList<>();
        Map<String, Figures> first = null;
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            // -Dbench.experiment-sql="CREATE INDEX ...": a fourth run after changing the benchmark's database
            // (never the product's migrations), to measure what a proposed change would buy.
            String experiment = System.getProperty("bench.experiment-sql", "").strip();
            int runs = experiment.isEmpty() ? 3 : 4;
            for (int run = 1; run <= runs; run++) {
                if (run == 4) {
                    long e0 = System.nanoTime();
                    try (Statement st = c.createStatement()) {
                        for (String sql : experiment.split(";")) {
                            if (!sql.isBlank()) {
                                st.execute(sql);
                            }
                        }
                    }
                    System.out.printf(
                            "experiment on the benchmark's database only (%.1f s): %s%n", seconds(e0), experiment);
                }
                String load = loadAverage();
                System.gc();
                long heapBefore = heapUsed();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long rows0 = status(c, "Handler_read%");
                long jvmCpu0 = jvmCpuNanos();
                long dbCpu0 = dbCpuNanos(dbPid);
                long selects0 = status(c, "Com_select");
                sampler.start();
                long t0 = System.nanoTime();
                Map<String, Figures> figures;
                try {
                    figures = calculator.byCommune(path, period, asOf);
                } catch (UnsupportedOperationException e) {
                    sampler.stop();
                    System.out.println("the calculator has not landed: " + e.getMessage());
                    return 2;
                }
                double s = seconds(t0);
                StackSampler.Profile profile = sampler.stop();
                double jvmCpu = (jvmCpuNanos() - jvmCpu0) / 1e9;
                double dbCpu = (dbCpuNanos(dbPid) - dbCpu0) / 1e9;
                long rowsRead = status(c, "Handler_read%") - rows0;
                long selects = status(c, "Com_select") - selects0 - 1; // less this connection's own reading
                long peak = peakHeap();
                long heapWithResult = heapUsed();
                System.gc();
                long heapAfter = heapUsed();
                if (run <= 3) {
                    times.add(s);
                }
                System.out.printf(
                        "run %d (%s, load average before %s): %.2f s, %,.0f cases/s; rows read (Handler_read_*) %,d, SELECTs %,d; heap after GC %d MiB"
                                + " before, %d MiB after (%d MiB before GC, peak ~%d MiB); stack samples: %s%n",
                        run,
                        run == 1 ? "cold" : run == 4 ? "warm, after the experiment" : "warm",
                        load,
                        s,
                        n / s,
                        rowsRead,
                        selects,
                        heapBefore >> 20,
                        heapAfter >> 20,
                        heapWithResult >> 20,
                        peak >> 20,
                        profile.summary());
                System.out.printf(
                        "  CPU used meanwhile: service JVM %.1f s, MariaDB %.1f s (of %.1f s wall on %d cores)%n",
                        jvmCpu, dbCpu, s, Runtime.getRuntime().availableProcessors());
                if (run == 1) {
                    first = figures;
                    System.out.println(
                            "  where the cold run spent its time (deepest frame in vn.donghanh, share of samples):");
                    profile.top(12).forEach(l -> System.out.println("    " + l));
                    System.out.println("  by the report's own step:");
                    profile.steps(10).forEach(l -> System.out.println("    " + l));
                } else if (!figures.equals(first)) {
                    System.out.println("  NOT STABLE: run " + run + " counted differently from run 1");
                }
                if (run >= 3) {
                    System.out.println("  where the last warm run spent its time:");
                    profile.top(12).forEach(l -> System.out.println("    " + l));
                    System.out.println("  by the report's own step:");
                    profile.steps(10).forEach(l -> System.out.println("    " + l));
                }
            }
        }
        Figures total = Figures.sum(first.values());
        long withFigures = first.values().stream()
                .filter(f -> f.counts().values().stream().anyMatch(v -> v != 0))
                .count();
        System.out.printf(
                "sanity: UNDER_MANAGEMENT summed over communes=%,d (seed: %,d), communes with figures=%d of %d;"
                        + " MOVED_IN=%,d MOVED_OUT=%,d (seed: %,d moves); COMPLETED=%,d (seed: %,d);"
                        + " CHECKINS kept/expected=%,d/%,d; DRUG_TESTS=%,d; HELP_REQUESTS=%,d; WITH_MENTOR=%,d%n",
                total.count(Indicator.UNDER_MANAGEMENT),
                expected,
                withFigures,
                communes,
                total.count(Indicator.MOVED_IN),
                total.count(Indicator.MOVED_OUT),
                moves,
                total.count(Indicator.COMPLETED),
                completed,
                total.count(Indicator.CHECKINS_KEPT),
                total.count(Indicator.CHECKINS_EXPECTED),
                total.count(Indicator.DRUG_TESTS),
                total.count(Indicator.HELP_REQUESTS),
                total.count(Indicator.WITH_MENTOR));
        double warm = Math.max(times.get(1), times.get(2));
        boolean ok = warm <= CEILING_SECONDS;
        System.out.printf(
                "runs: cold %.2f s, warm %.2f s and %.2f s; ceiling %.0f s (\"a few seconds\"): %s%n",
                times.get(0), times.get(1), times.get(2), CEILING_SECONDS, ok ? "WITHIN" : "OVER THE CEILING");
        return ok ? 0 : 1;
    }

    /** Seeds the province, prints what it wrote per table, and keeps what the report should find in {@code out}. */
    private static void seed(
            EmbeddedDatabase db, int n, int communes, ReportPeriod period, LocalDate asOf, Instant now, Properties out)
            throws SQLException {
        ProvinceSeed seed = new ProvinceSeed(n, communes, period, asOf, now);
        long s0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            seed.write(c);
        }
        double seeding = seconds(s0);
        System.out.printf(
                "seeded %,d cases in %d communes (+%,d in a second province, not to be counted) in %.1f s:%n",
                n, communes, seed.cases.size() - n, seeding);
        for (Map.Entry<String, long[]> e : BulkRows.ROWS_AND_NANOS.entrySet()) {
            double s = e.getValue()[1] / 1e9;
            System.out.printf(
                    "  %-28s %,10d rows  %6.1f s  %,9.0f rows/s%n",
                    e.getKey(), e.getValue()[0], s, e.getValue()[0] / Math.max(s, 1e-9));
        }
        out.setProperty("size", n + "/" + communes);
        out.setProperty("seconds", String.format("%.1f", seeding));
        out.setProperty("provincePath", seed.province.path());
        out.setProperty("underManagement", Long.toString(seed.expectedUnderManagement()));
        out.setProperty("moves", Long.toString(seed.expectedMoves()));
        out.setProperty("completed", Long.toString(seed.expectedCompleted()));
    }

    /** The sum of the server's global status counters named like {@code pattern} (0 when there is none). */
    private static long status(Connection c, String pattern) throws SQLException {
        long sum = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE '" + pattern + "'")) {
            while (rs.next()) {
                sum += rs.getLong(2);
            }
        }
        return sum;
    }

    private static long jvmCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    /** The embedded server's CPU time (user + system) from /proc, or 0 when it cannot be read. */
    private static long dbCpuNanos(String pid) {
        if (pid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted from after the command name; clock ticks of 10 ms
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The machine's 1-minute load average (other builds share its cores), or "?" off Linux. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
