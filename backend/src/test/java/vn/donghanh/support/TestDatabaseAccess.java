package vn.donghanh.support;

import java.nio.file.Path;

/** Lets tests outside this package clear a scratch directory. */
public final class TestDatabaseAccess {
    private TestDatabaseAccess() {}

    public static void delete(Path dir) {
        TestDatabase.deleteRecursively(dir);
    }
}
