package vn.donghanh.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database holds, table by table: the exact row count and the server's live checksum of
 * the whole content ({@code CHECKSUM TABLE}, MySQL and MariaDB), so a write that changes a row
 * without adding one is seen too. Every base table of the schema is listed from
 * information_schema, so a table added by a migration is watched without anyone listing it.
 */
public final class TableSnapshot {
    private final Map<String, String> tables;

    private TableSnapshot(Map<String, String> tables) {
        this.tables = tables;
    }

    public static List<String> tableNames() {
        return Sql.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name",
                rs -> rs.getString(1));
    }

    /**
     * @param countOnly tables whose content may legitimately change on a refused request: only their
     *                  row count is compared
     * @param ignored   tables that may legitimately gain rows on a refused request: left out
     */
    public static TableSnapshot take(Set<String> countOnly, Set<String> ignored) {
        List<String> names = new ArrayList<>(tableNames());
        names.removeAll(ignored);
        Map<String, String> out = new TreeMap<>();
        StringBuilder counts = new StringBuilder();
        for (String t : names) {
            counts.append(counts.length() == 0 ? "" : " UNION ALL ")
                    .append("SELECT '")
                    .append(t)
                    .append("', COUNT(*) FROM `")
                    .append(t)
                    .append('`');
        }
        Sql.query(counts.toString(), rs -> out.put(rs.getString(1), "rows=" + rs.getLong(2)));
        List<String> summed = names.stream().filter(t -> !countOnly.contains(t)).toList();
        if (!summed.isEmpty()) {
            String sql = "CHECKSUM TABLE "
                    + String.join(", ", summed.stream().map(t -> "`" + t + "`").toList());
            Sql.query(sql, rs -> {
                String table = rs.getString(1);
                String name = table.substring(table.indexOf('.') + 1);
                String checksum = rs.getString(2);
                out.computeIfPresent(name, (k, v) -> v + " checksum=" + checksum);
                return null;
            });
        }
        return new TableSnapshot(out);
    }

    /** The tables that differ from {@code before}, each with both states; empty when nothing changed. */
    public List<String> changedSince(TableSnapshot before) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : tables.entrySet()) {
            String was = before.tables.get(e.getKey());
            if (!e.getValue().equals(was)) {
                out.add(e.getKey() + ": " + was + " -> " + e.getValue());
            }
        }
        return out;
    }

    public int size() {
        return tables.size();
    }
}
