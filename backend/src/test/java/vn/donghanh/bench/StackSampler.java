package vn.donghanh.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poor man's profiler for one thread: every few milliseconds it looks at the thread's stack and
 * counts its deepest frame in the product's code (vn.donghanh, not this benchmark), and whether the
 * thread was waiting for the database (reading its socket) or working in the JVM. Enough to say
 * which of the calculator's steps the time goes to, without attaching anything.
 */
final class StackSampler {
    private static final long INTERVAL_MS = 5;

    /** What one measured stretch sampled. */
    record Profile(int samples, int waitingForDatabase, Map<String, Integer> byFrame, Map<String, Integer> byStep) {
        String summary() {
            return String.format(
                    "%d, %d%% waiting for the database",
                    samples, samples == 0 ? 0 : 100 * waitingForDatabase / samples);
        }

        List<String> top(int count) {
            return top(byFrame, count);
        }

        /** The report's own steps (the deepest frame in report.periodic), with their share of the samples. */
        List<String> steps(int count) {
            return top(byStep, count);
        }

        private List<String> top(Map<String, Integer> counts, int count) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(count)
                    .map(e -> String.format("%3d%%  %s", 100 * e.getValue() / Math.max(1, samples), e.getKey()))
                    .toList();
        }
    }

    private final Thread target;
    private volatile boolean running;
    private Thread sampler;
    private int samples;
    private int waiting;
    private Map<String, Integer> byFrame;
    private Map<String, Integer> byStep;

    StackSampler(Thread target) {
        this.target = target;
    }

    void start() {
        samples = 0;
        waiting = 0;
        byFrame = new HashMap<>();
        byStep = new HashMap<>();
        running = true;
        sampler = new Thread(this::loop, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    Profile stop() throws InterruptedException {
        running = false;
        sampler.join();
        return new Profile(samples, waiting, byFrame, byStep);
    }

    private void loop() {
        while (running) {
            sample(target.getStackTrace());
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return;
        }
        samples++;
        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
        boolean db = false;
        for (int i = 0; i < Math.min(stack.length, 12); i++) {
            String m = stack[i].getClassName() + "." + stack[i].getMethodName();
            if (m.contains("SocketInputStream") || m.contains("NioSocketImpl.read") || m.contains("socketRead")) {
                db = true;
                break;
            }
        }
        if (db) {
            waiting++;
        }
        // The deepest product frame that names the work (SqlLists only runs what its caller asks), and the
        // report's own step that called it.
        String work = null;
        String step = null;
        for (StackTraceElement f : stack) {
            String cls = f.getClassName();
            if (!cls.startsWith("vn.donghanh.") || cls.startsWith("vn.donghanh.bench.")) {
                continue;
            }
            String name = cls.substring("vn.donghanh.".length()).replace("$Intercepted", "") + "." + f.getMethodName()
                    + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
            if (work == null && !cls.startsWith("vn.donghanh.common.SqlLists")) {
                work = name;
            }
            if (cls.startsWith("vn.donghanh.report.periodic.")) {
                step = name;
                break;
            }
        }
        byStep.merge(step == null ? "(not in report.periodic)" : step + (db ? " [database]" : ""), 1, Integer::sum);
        if (work != null) {
            String key = work + (step != null && !step.equals(work) ? " <- " + step : "") + (db ? " [database]" : "");
            byFrame.merge(key, 1, Integer::sum);
            return;
        }
        byFrame.merge("(outside vn.donghanh) " + top, 1, Integer::sum);
    }
}
