package vn.donghanh.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mariadbd left running on our data directory by a service that died without stopping it
 * (kill -9, the OOM killer). It holds the data files' locks, so a new mariadbd on the same
 * directory fails ("Can't lock aria control file"). At start-up it is found through the pid
 * files in the data directory and stopped, but only when /proc shows that the process really is
 * a mariadbd whose --datadir is this directory: a stale pid file whose number now belongs to
 * something else must never cost that process its life. Without /proc (not Linux) nothing is
 * stopped and the start goes on as before.
 */
final class LeftoverDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverDatabase.class);
    private static final long GRACEFUL_SECONDS = 30;
    private static final long FORCED_SECONDS = 10;

    private LeftoverDatabase() {}

    /** Stops every mariadbd that the pid files of {@code dataDir} name and that runs on {@code dataDir}. */
    static void stopIfRunning(Path dataDir) {
        for (long pid : pidsNamedIn(dataDir)) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()
                    || process.get().pid() == ProcessHandle.current().pid()) {
                continue;
            }
            Optional<List<String>> cmdline = cmdline(pid);
            if (cmdline.isEmpty()) {
                LOG.warn(
                        "The pid file in {} names running process {}, but its command line cannot be read here;"
                                + " it is left alone. If the database does not start, stop that process by hand.",
                        dataDir,
                        pid);
                continue;
            }
            if (!isOurs(cmdline.get(), dataDir)) {
                LOG.info(
                        "The pid file in {} names process {}, which is not a database on this directory; left alone.",
                        dataDir,
                        pid);
                continue;
            }
            LOG.warn(
                    "An embedded MariaDB (pid {}) is still running on {}, left behind by a service that did not stop it"
                            + " (killed?). Stopping it before starting a new one.",
                    pid,
                    dataDir);
            stop(process.get());
        }
    }

    /** Whether a command line is a MariaDB server's whose data directory is {@code dataDir}. */
    static boolean isOurs(List<String> cmdline, Path dataDir) {
        if (cmdline.isEmpty()) {
            return false;
        }
        String program = Path.of(cmdline.get(0)).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        for (int i = 1; i < cmdline.size(); i++) {
            String arg = cmdline.get(i);
            String value = null;
            if (arg.startsWith("--datadir=")) {
                value = arg.substring("--datadir=".length());
            } else if (arg.equals("--datadir") && i + 1 < cmdline.size()) {
                value = cmdline.get(i + 1);
            }
            if (value != null) {
                return sameDirectory(Path.of(value), dataDir);
            }
        }
        return false;
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        if (waitForExit(process, GRACEFUL_SECONDS)) {
            LOG.warn("The left-behind MariaDB (pid {}) stopped.", process.pid());
            return;
        }
        LOG.warn(
                "The left-behind MariaDB (pid {}) did not stop within {} s; killing it.",
                process.pid(),
                GRACEFUL_SECONDS);
        process.destroyForcibly();
        if (!waitForExit(process, FORCED_SECONDS)) {
            throw new IllegalStateException("The MariaDB left running on this data directory (pid " + process.pid()
                    + ") could not be stopped; stop it by hand and start again.");
        }
    }

    private static boolean waitForExit(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** Our explicit pid file, and the {@code <hostname>.pid} that versions without one left. */
    private static List<Long> pidsNamedIn(Path dataDir) {
        List<Long> pids = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return pids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "*.pid")) {
            for (Path file : files) {
                try {
                    pids.add(Long.parseLong(
                            Files.readString(file, StandardCharsets.US_ASCII).trim()));
                } catch (NumberFormatException | IOException e) {
                    LOG.debug("Unreadable pid file {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not list pid files in {}: {}", dataDir, e.getMessage());
        }
        return pids;
    }

    private static Optional<List<String>> cmdline(long pid) {
        Path file = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(
                    Arrays.stream(text.split("\0")).filter(s -> !s.isEmpty()).toList());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
