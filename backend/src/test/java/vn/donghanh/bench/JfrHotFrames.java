package vn.donghanh.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a benchmarked service spent its time, from a Java Flight Recording ({@code -Dbench.jfr=true}
 * of {@link NationalBenchmark}): the execution samples of request threads, counted by the deepest
 * frame in our code (past the shared JDBC helpers) and by the topmost frame, and how many were in the
 * JDBC driver's socket read (the service waiting for the database, which JFR samples only while it is
 * in Java: a thread blocked in the socket is seen through {@code jdk.SocketRead} events instead).
 *
 * <p>Usage: {@code java -cp ... vn.donghanh.bench.JfrHotFrames recording.jfr [top=25] [threadPrefix]}.
 */
public final class JfrHotFrames {
    private JfrHotFrames() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String threadPrefix = args.length > 2 ? args[2] : "";
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> leaf = new HashMap<>();
        Map<String, Integer> area = new HashMap<>();
        Map<String, Long> waits = new HashMap<>();
        long socketReadNanos = 0;
        int socketReads = 0;
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            String thread = e.getThread() == null ? "" : e.getThread().getJavaName();
            if (thread == null || !thread.startsWith(threadPrefix)) {
                continue;
            }
            if (type.equals("jdk.SocketRead")) {
                socketReads++;
                socketReadNanos += e.getDuration().toNanos();
                if (e.getStackTrace() != null) {
                    waits.merge(
                            ourFrame(e.getStackTrace().getFrames()),
                            e.getDuration().toMillis(),
                            Long::sum);
                }
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            leaf.merge(name(frames.get(0)), 1, Integer::sum);
            area.merge(area(frames), 1, Integer::sum);
            ours.merge(ourFrame(frames), 1, Integer::sum);
        }
        System.out.printf(
                "%s: %d execution samples%s; %d socket reads over 20 ms, %.1f s in all%n",
                file.getFileName(),
                samples,
                threadPrefix.isEmpty() ? "" : " of threads " + threadPrefix + "*",
                socketReads,
                socketReadNanos / 1e9);
        System.out.println("  socket reads (waiting for the database) by deepest frame in vn.donghanh, ms:");
        waits.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(w -> System.out.printf("    %7d ms  %s%n", w.getValue(), w.getKey()));
        print("by area (the first matching frame from the top)", area, samples, top);
        print("by deepest frame in vn.donghanh (past SqlLists)", ours, samples, top);
        print("by topmost frame", leaf, samples, top);
    }

    /** The deepest frame in our code, past the shared JDBC helpers (a statement is named by its caller). */
    private static String ourFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("vn.donghanh.")
                    && !n.startsWith("vn.donghanh.common.SqlLists")
                    && !n.contains("$Intercepted")
                    && !n.contains("$$Lambda")) {
                return n;
            }
        }
        return "(not in vn.donghanh)";
    }

    /** A coarse label for a sample: which library the thread was in when sampled. */
    private static String area(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("com.mysql.") || n.startsWith("com.zaxxer.")) {
                return "JDBC driver and pool";
            }
            if (n.startsWith("org.mindrot.") || n.contains("BCrypt") || n.startsWith("com.nimbusds.")) {
                return "password hashing, JWT";
            }
            if (n.startsWith("io.micronaut.serde.") || n.startsWith("com.fasterxml.")) {
                return "JSON";
            }
            if (n.startsWith("org.dmfs.")) {
                return "RRULE expansion (lib-recur)";
            }
            if (n.startsWith("vn.donghanh.")) {
                return "our code";
            }
            if (n.startsWith("io.netty.") || n.startsWith("io.micronaut.http.")) {
                return "HTTP (Netty, Micronaut HTTP)";
            }
            if (n.startsWith("io.micronaut.")) {
                return "Micronaut (other)";
            }
        }
        return "JDK and other";
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(
                        "    %5d  %5.1f %%  %s%n",
                        e.getValue(), 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }
}
