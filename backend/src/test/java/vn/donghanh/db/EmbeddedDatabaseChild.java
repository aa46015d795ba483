package vn.donghanh.db;

import java.nio.file.Path;

/** Only the embedded database, in a JVM of its own, for a test to kill: data directory in args[0]. */
public final class EmbeddedDatabaseChild {
    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        System.out.println("EMBEDDED-DATABASE-READY port=" + db.port());
        Thread.sleep(Long.MAX_VALUE);
    }
}
