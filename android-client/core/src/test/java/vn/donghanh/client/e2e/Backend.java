package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real backend ({@code backend/target/backend-0.1.0-SNAPSHOT.jar --demo}) on a free port with
 * a fresh data directory under {@code target/} (not java.io.tmpdir: the embedded MariaDB wipes
 * data dirs there). Started once per test run (kept in JUnit's root store) and stopped at its end.
 */
public final class Backend implements BeforeAllCallback {
    /** The backend under test passes an unanswered help request to the officers after this long. */
    static final int HELP_ESCALATE_AFTER_SECONDS = 6;

    /** The first admin's password on the fresh installation (issue 14's e2e test deactivates an account). */
    static final String ADMIN_PASSWORD = "e2e-admin-password-7Qx";

    private static volatile Running running;

    public static String baseUrl() {
        return running.baseUrl;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    static final class Running implements ExtensionContext.Store.CloseableResource {
        final Process process;
        final String baseUrl;
        final File log;

        Running(Process process, String baseUrl, File log) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.log = log;
        }

        static Running start() {
            File jar = new File(
                    System.getProperty("donghanh.backend.jar", "../../backend/target/backend-0.1.0-SNAPSHOT.jar"));
            if (!jar.isFile()) {
                fail("The end-to-end tests need the backend jar " + jar.getAbsolutePath()
                        + " — build the backend first: ./mvnw -B -pl backend -am package -DskipTests");
            }
            File target = new File(System.getProperty("donghanh.e2e.data", "target"));
            String run = Long.toString(System.currentTimeMillis());
            File dataDir = new File(target, "e2e-data-" + run);
            File log = new File(target, "e2e-backend-" + run + ".log");
            try {
                int port = freePort();
                ProcessBuilder builder = new ProcessBuilder(
                        new File(System.getProperty("java.home"), "bin/java").getPath(),
                        // Help requests escalate after seconds, not 15 minutes, scanned every second:
                        // HelpPathEndToEndTest waits for one to be passed to the officers.
                        "-Ddonghanh.supervision.help-escalate-after=PT" + HELP_ESCALATE_AFTER_SECONDS + "S",
                        "-Ddonghanh.supervision.scan-interval=1s",
                        "-Ddonghanh.supervision.scan-initial-delay=1s",
                        "-jar",
                        jar.getPath(),
                        "--demo");
                builder.environment().put("PORT", Integer.toString(port));
                builder.environment().put("DONGHANH_DATA_DIR", dataDir.getAbsolutePath());
                builder.environment().put("DONGHANH_ADMIN_PASSWORD", ADMIN_PASSWORD);
                // Every simulated phone signs in from 127.0.0.1: lift the per-address sign-in limit
                // (the limits themselves are tested in the backend).
                builder.environment().put("DONGHANH_RATE_LIMIT_PER_ADDRESS", "10000/PT1M");
                builder.environment().put("DONGHANH_RATE_LIMIT_PER_ADDRESS_LONG", "100000/PT1H");
                builder.redirectErrorStream(true).redirectOutput(log);
                Process process = builder.start();
                Running r = new Running(process, "http://localhost:" + port, log);
                r.awaitHealthy(240_000);
                return r;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not start the backend", e);
            }
        }

        private void awaitHealthy(long timeoutMillis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    fail("the backend exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    HttpURLConnection c = (HttpURLConnection) new URL(baseUrl + "/health").openConnection();
                    c.setConnectTimeout(1_000);
                    c.setReadTimeout(5_000);
                    if (c.getResponseCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            close();
            fail("the backend did not answer /health within " + timeoutMillis / 1000 + " s:\n" + tail());
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
