package vn.donghanh.privacy;

import java.util.List;
import java.util.Map;

/**
 * A titled part of a person's data copy: {@code key} is stable (the JSON name), {@code title} is
 * in the reader's language, each row maps a field label (reader's language) to its value as text,
 * in the order the fields should be shown.
 */
public record ExportSection(String key, String title, List<Map<String, String>> rows) {
    public ExportSection {
        rows = List.copyOf(rows);
    }
}
