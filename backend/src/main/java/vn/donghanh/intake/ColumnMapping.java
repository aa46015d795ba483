package vn.donghanh.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.donghanh.casefile.ManagementBasis;

/**
 * Which field each column of a list fills (column index from 0 → field), and the basis of
 * management for every row when the list has no such column. Stored as text lines
 * ({@code 3=fullName}, {@code basis=VOLUNTARY_REHAB}) in {@code import_mapping}.
 */
public record ColumnMapping(Map<Integer, ImportField> columns, ManagementBasis defaultBasis) {
    public ColumnMapping {
        columns = new TreeMap<>(columns);
    }

    /** The column that fills {@code field}, or -1. */
    public int columnOf(ImportField field) {
        for (var e : columns.entrySet()) {
            if (e.getValue() == field) {
                return e.getKey();
            }
        }
        return -1;
    }

    public String serialise() {
        StringBuilder sb = new StringBuilder();
        columns.forEach((c, f) -> sb.append(c).append('=').append(f.jsonName()).append('\n'));
        if (defaultBasis != null) {
            sb.append("basis=").append(defaultBasis.name()).append('\n');
        }
        return sb.toString();
    }

    /** What {@link #serialise} wrote; lines it does not understand (a field renamed since) are dropped. */
    public static ColumnMapping parse(String text) {
        Map<Integer, ImportField> columns = new LinkedHashMap<>();
        ManagementBasis basis = null;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = line.substring(0, eq).strip();
            String v = line.substring(eq + 1).strip();
            if (k.equals("basis")) {
                try {
                    basis = ManagementBasis.valueOf(v);
                } catch (IllegalArgumentException e) {
                    basis = null;
                }
            } else if (k.matches("\\d{1,4}") && ImportField.byJsonName(v) != null) {
                columns.putIfAbsent(Integer.parseInt(k), ImportField.byJsonName(v));
            }
        }
        return new ColumnMapping(columns, basis);
    }
}
