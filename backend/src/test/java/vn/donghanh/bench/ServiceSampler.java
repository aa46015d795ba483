package vn.donghanh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a service in another JVM spends a measured stretch, without attaching a profiler: every
 * {@code jcmd Thread.print} of the service (once a second) counts, per request thread, the deepest
 * frame in the product's code (vn.donghanh) and whether the thread was reading the database's
 * socket; every 200 ms the database's process list counts the statements running (their first 70
 * characters). Costs the service a safepoint and the machine a jcmd JVM per sample, so a figure
 * measured with it on is worse than without, several times on two loaded cores ({@code
 * -Dbench.profile=true} turns it on): record figures without it, the profile with it.
 */
final class ServiceSampler {
    private final long pid;
    private final Supplier<Connection> db;
    private final Map<String, Integer> frames = new HashMap<>();
    private final Map<String, Integer> statements = new HashMap<>();
    private int threadSamples;
    private int waitingForDatabase;
    private int listSamples;
    private volatile boolean running;
    private Thread stacks;
    private Thread processList;

    ServiceSampler(long pid, Supplier<Connection> db) {
        this.pid = pid;
        this.db = db;
    }

    void start() {
        running = true;
        stacks = new Thread(this::sampleStacks, "service-stacks");
        processList = new Thread(this::sampleProcessList, "process-list");
        stacks.setDaemon(true);
        processList.setDaemon(true);
        stacks.start();
        processList.start();
    }

    /** Stops and prints the top entries of both. */
    void stopAndPrint(String what) throws InterruptedException {
        running = false;
        stacks.join();
        processList.join();
        System.out.printf(
                "  profile of %s: %d request-thread samples (%d%% reading the database's socket), by deepest vn.donghanh frame:%n",
                what, threadSamples, threadSamples == 0 ? 0 : 100 * waitingForDatabase / threadSamples);
        top(frames, threadSamples, 12).forEach(l -> System.out.println("    " + l));
        System.out.printf(
                "  the database's process list, %d samples, statements running (in how many samples, summed over"
                        + " connections: 300%% is three at once on average):%n",
                listSamples);
        top(statements, listSamples, 10).forEach(l -> System.out.println("    " + l));
    }

    private static List<String> top(Map<String, Integer> counts, int of, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .map(e -> String.format(
                        "%5d (%3d%%)  %s", e.getValue(), 100 * e.getValue() / Math.max(1, of), e.getKey()))
                .toList();
    }

    private void sampleStacks() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        while (running) {
            try {
                Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                        .redirectErrorStream(true)
                        .start();
                String dump = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                p.waitFor();
                parse(dump);
                Thread.sleep(1000);
            } catch (Exception e) {
                return;
            }
        }
    }

    /** Threads in the product's code: with the scheduled jobs off, the ones serving requests. */
    private synchronized void parse(String dump) {
        for (String thread : dump.split("\n\n")) {
            if (!thread.startsWith("\"")) {
                continue;
            }
            String deepest = null;
            boolean db = false;
            int lines = 0;
            for (String line : thread.split("\n")) {
                String l = line.strip();
                if (!l.startsWith("at ")) {
                    continue;
                }
                lines++;
                if (lines <= 12 && (l.contains("SocketInputStream") || l.contains("NioSocketImpl.read"))) {
                    db = true;
                }
                // The deepest product frame that names the work (SqlLists only runs what its caller asks).
                if (deepest == null
                        && l.startsWith("at vn.donghanh.")
                        && !l.startsWith("at vn.donghanh.common.SqlLists")) {
                    deepest = l.substring(3)
                            .replaceAll("\\$(\\w+)\\$Definition(\\$Intercepted)?", "$1")
                            .replace("$Intercepted", "");
                }
            }
            if (deepest == null) {
                continue; // idle: parked, waiting for a request
            }
            threadSamples++;
            if (db) {
                waitingForDatabase++;
            }
            frames.merge(deepest + (db ? " [database]" : ""), 1, Integer::sum);
        }
    }

    private void sampleProcessList() {
        try (Connection c = db.get();
                Statement st = c.createStatement()) {
            while (running) {
                try (ResultSet rs = st.executeQuery("SELECT info FROM information_schema.processlist"
                        + " WHERE command = 'Query' AND id <> CONNECTION_ID() AND info IS NOT NULL")) {
                    synchronized (this) {
                        listSamples++;
                        while (rs.next()) {
                            String sql = rs.getString(1).replaceAll("\\s+", " ").strip();
                            statements.merge(sql.substring(0, Math.min(70, sql.length())), 1, Integer::sum);
                        }
                    }
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            // the sampler ends with the measurement
        }
    }
}
