package vn.donghanh.common;

import java.sql.Timestamp;
import java.util.List;

/**
 * The "rows after the cursor" condition of a list sorted by a timestamp and then an id: one
 * definition instead of a hand-written copy per list, so every list pages the same way.
 */
public final class Keyset {
    private Keyset() {}

    /**
     * For a cursor of two parts (the last row's instant and id): {@code " AND (t > ? OR (t = ? AND
     * id > ?))"} (with {@code <} when {@code descending}), its values appended to {@code params};
     * an empty condition for the first page. A cursor this list did not issue is a 400.
     */
    public static String afterInstant(
            String cursor, String timeColumn, String idColumn, boolean descending, List<Object> params) {
        if (cursor == null) {
            return "";
        }
        List<String> parts = Cursor.decode(cursor, 2);
        Timestamp at = Timestamp.from(Cursor.instant(parts.get(0)));
        String op = descending ? "<" : ">";
        params.add(at);
        params.add(at);
        params.add(parts.get(1));
        return " AND (" + timeColumn + " " + op + " ? OR (" + timeColumn + " = ? AND " + idColumn + " " + op + " ?))";
    }
}
