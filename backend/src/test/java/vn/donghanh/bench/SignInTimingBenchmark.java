package vn.donghanh.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.donghanh.db.EmbeddedDatabase;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * Whether a failed sign-in's timing tells why it failed: the service (production bcrypt cost 12)
 * against an embedded MariaDB, N rounds of each kind of failure, interleaved so drift hits all
 * alike; prints the median and p90 of each and the largest ratio between medians (ceiling 1.10).
 *
 * <pre>backend/bench/signin-timing.sh [rounds, default 40]</pre>
 */
public final class SignInTimingBenchmark {
    private static final double CEILING = 1.10;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Path.of("target", "bench-signin").toAbsolutePath();
        deleteRecursively(dir);
        EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("db"), 0);
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put("donghanh.data-dir", dir.resolve("data").toString());
        props.put("donghanh.admin-password", IntegrationTest.ADMIN_PASSWORD);
        props.put("micronaut.server.port", -1);
        props.put("donghanh.auth.rate-limit.per-address", "1000000/PT1M");
        props.put("donghanh.auth.rate-limit.per-address-long", "1000000/PT1H");
        props.put("donghanh.auth.rate-limit.failures-per-target", "1000000/PT1M");
        props.put("donghanh.auth.rate-limit.failures-per-target-long", "1000000/PT1H");
        // Keep the accounts' lock state as set up: nothing else runs.
        props.put("donghanh.auth.max-failed-logins", 1_000_000);
        props.put("donghanh.supervision.scan-initial-delay", "3650d");
        props.put("donghanh.delivery.initial-delay", "3650d");
        props.put("donghanh.appointments.extend-initial-delay", "3650d");
        props.put("donghanh.reminders.initial-delay", "3650d");
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.start();
        try {
            Api api = new Api(context.getBean(EmbeddedServer.class).start().getURI());
            run(api, db, rounds);
        } finally {
            context.close();
            db.stop();
        }
    }

    private static void run(Api api, EmbeddedDatabase db, int rounds) throws java.sql.SQLException {
        World w = World.create(api);
        w.account("locked", "MENTOR", w.communeA, w.youthUnionA, "Bị Khóa");
        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var ps = c.prepareStatement("UPDATE account SET locked_until = '2099-01-01' WHERE username = ?")) {
            ps.setString(1, w.username("locked"));
            ps.executeUpdate();
        }
        w.account("deactivated", "MENTOR", w.communeA, w.youthUnionA, "Ngừng Hoạt Động");
        api.post(w.admin, "/api/v1/accounts/" + w.id("deactivated") + "/deactivate", null);
        World.Person person = w.activatedPerson("Người Đo Thời Gian", null);
        Map<String, Object> notActivated = World.caseBody(w.communeA, "Chưa Kích Hoạt");
        notActivated.put("phone", "0988123456");
        w.registerCase("officerA", notActivated);

        Map<String, Supplier<ApiResponse>> kinds = new LinkedHashMap<>();
        kinds.put("staff: unknown username", () -> staff(api, "nobody-" + w.tag, "whatever-password"));
        kinds.put("staff: wrong password", () -> staff(api, w.username("officerA"), "wrong password!"));
        kinds.put("staff: deactivated account", () -> staff(api, w.username("deactivated"), World.PASSWORD));
        kinds.put("staff: locked, right password", () -> staff(api, w.username("locked"), World.PASSWORD));
        kinds.put("person: unknown phone", () -> person(api, "0966000111", "135790"));
        kinds.put("person: wrong PIN", () -> person(api, person.phone(), "000000"));
        kinds.put("person: not activated", () -> person(api, "0988123456", "135790"));
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> millis.put(k, new ArrayList<>()));
        for (int warm = 0; warm < 5; warm++) {
            kinds.values().forEach(Supplier::get);
        }
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, Supplier<ApiResponse>> kind : kinds.entrySet()) {
                long t0 = System.nanoTime();
                ApiResponse r = kind.getValue().get();
                millis.get(kind.getKey()).add((System.nanoTime() - t0) / 1e6);
                if (r.status() != 401) {
                    throw new IllegalStateException(kind.getKey() + " answered " + r);
                }
            }
        }
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        System.out.printf("rounds=%d bcrypt cost=12 (production)%n", rounds);
        for (Map.Entry<String, List<Double>> e : millis.entrySet()) {
            List<Double> sorted =
                    e.getValue().stream().sorted(Comparator.naturalOrder()).toList();
            double median = sorted.get(sorted.size() / 2);
            double p90 = sorted.get((int) Math.floor(sorted.size() * 0.9));
            lowest = Math.min(lowest, median);
            highest = Math.max(highest, median);
            System.out.printf("%-28s median %7.1f ms  p90 %7.1f ms%n", e.getKey(), median, p90);
        }
        double ratio = highest / lowest;
        System.out.printf(
                "largest ratio between medians: %.3f (ceiling %.2f) -> %s%n",
                ratio, CEILING, ratio <= CEILING ? "within noise" : "DISTINGUISHABLE");
    }

    private static ApiResponse staff(Api api, String username, String password) {
        return api.post(null, "/api/v1/auth/login", Map.of("username", username, "password", password));
    }

    private static ApiResponse person(Api api, String phone, String pin) {
        return api.post(null, "/api/v1/auth/person-login", Map.of("phone", phone, "pin", pin));
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
