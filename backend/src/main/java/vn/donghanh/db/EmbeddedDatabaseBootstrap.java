package vn.donghanh.db;

import java.nio.file.Path;

/**
 * Decides, before Micronaut starts, whether the service needs its own database: with no
 * {@code DATASOURCES_DEFAULT_URL} (or {@code -Ddatasources.default.url}) it starts the embedded
 * MariaDB and points the datasource at it; otherwise it starts nothing.
 */
public final class EmbeddedDatabaseBootstrap {
    private EmbeddedDatabaseBootstrap() {}

    public static boolean externalDatabaseConfigured() {
        return notBlank(System.getenv("DATASOURCES_DEFAULT_URL"))
                || notBlank(System.getProperty("datasources.default.url"));
    }

    public static void startIfNeeded() {
        if (externalDatabaseConfigured()) {
            return;
        }
        String dataDir =
                firstNonBlank(System.getProperty("donghanh.data-dir"), System.getenv("DONGHANH_DATA_DIR"), "data");
        int port = Integer.parseInt(firstNonBlank(System.getenv("DONGHANH_EMBEDDED_DB_PORT"), "0"));
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(dataDir), port);
        System.setProperty("datasources.default.url", db.jdbcUrl());
        System.setProperty("datasources.default.username", db.username());
        System.setProperty("datasources.default.password", db.password());
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (notBlank(v)) {
                return v;
            }
        }
        return null;
    }
}
