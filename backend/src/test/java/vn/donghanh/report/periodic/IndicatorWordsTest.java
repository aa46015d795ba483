package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.donghanh.common.Bundles;

/**
 * Each indicator's words are written once, in {@code i18n/report_vi.properties}; the README's table
 * "Periodic report indicators" repeats them for readers of the code, and must say exactly the same,
 * row by row, in the order the report prints them. No database.
 */
class IndicatorWordsTest {
    private static final String SECTION = "## Periodic report indicators";
    private static final String HEADER =
            "| No. | Indicator (Vietnamese label) | Counted as (the definition, Vietnamese) | Measure |";

    @Test
    void everyIndicatorHasAVietnameseLabelAndDefinitionAndEveryMeasureAWord() {
        assertComplete(Bundles.load("i18n/report_vi.properties"), "report_vi.properties");
    }

    /** The English words are another engineer's; once the file exists, it must be as complete. */
    @Test
    void everyIndicatorHasEnglishWordsOnceTheEnglishBundleExists() {
        if (IndicatorWordsTest.class.getClassLoader().getResource("i18n/report_en.properties") == null) {
            return;
        }
        assertComplete(Bundles.load("i18n/report_en.properties"), "report_en.properties");
    }

    @Test
    void theReadmeTableSaysWhatTheBundleSaysInPrintOrder() throws IOException {
        Properties vi = Bundles.load("i18n/report_vi.properties");
        List<List<String>> rows = readmeRows(readme());
        List<String> wrong = new ArrayList<>();
        Indicator[] all = Indicator.values();
        for (int n = 0; n < Math.max(all.length, rows.size()); n++) {
            if (n >= all.length) {
                wrong.add("README row " + (n + 1) + " " + rows.get(n) + " is no indicator (the report has " + all.length
                        + ")");
                continue;
            }
            Indicator i = all[n];
            List<String> expected = List.of(
                    i.number(),
                    vi.getProperty(i.key("label"), "<no label>"),
                    vi.getProperty(i.key("definition"), "<no definition>"),
                    vi.getProperty("report.measure." + i.measure().name(), "<no measure word>"));
            if (n >= rows.size()) {
                wrong.add("README misses row " + (n + 1) + ": " + i + " " + expected);
            } else if (!rows.get(n).equals(expected)) {
                wrong.add("README row " + (n + 1) + " should be " + i + "\n  expected " + expected + "\n  but is   "
                        + rows.get(n));
            }
        }
        assertTrue(
                wrong.isEmpty(), "backend/README.md and report_vi.properties disagree:\n" + String.join("\n", wrong));
    }

    /** The checker itself notices a changed word, a missing row and two rows swapped. */
    @Test
    void theCheckerNoticesADifferentWordAMissingRowAndASwap() throws IOException {
        String text = readme();
        List<List<String>> rows = readmeRows(text);
        String first = "| " + String.join(" | ", rows.get(0)) + " |";
        String second = "| " + String.join(" | ", rows.get(1)) + " |";
        assertFalse(readmeRows(text.replace(first, first.replace(" | Người |", " | Lượt |")))
                .equals(rows));
        assertEquals(rows.size() - 1, readmeRows(text.replace(first + "\n", "")).size());
        List<List<String>> swapped = readmeRows(text.replace(first + "\n" + second, second + "\n" + first));
        assertEquals(rows.get(0), swapped.get(1));
        assertFalse(swapped.equals(rows));
    }

    private static void assertComplete(Properties words, String file) {
        List<String> missing = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            for (String part : List.of("label", "definition")) {
                String value = words.getProperty(i.key(part));
                if (value == null || value.isBlank()) {
                    missing.add(i.key(part));
                }
            }
        }
        for (Indicator.Measure m : Indicator.Measure.values()) {
            if (words.getProperty("report.measure." + m.name(), "").isBlank()) {
                missing.add("report.measure." + m.name());
            }
        }
        for (Indicator.Section s : Indicator.Section.values()) {
            if (words.getProperty("report.section." + s.name(), "").isBlank()) {
                missing.add("report.section." + s.name());
            }
        }
        assertTrue(missing.isEmpty(), file + " lacks " + missing);
    }

    private static String readme() throws IOException {
        for (Path p : List.of(Path.of("README.md"), Path.of("backend", "README.md"))) {
            if (Files.exists(p) && Files.readString(p, StandardCharsets.UTF_8).contains("# backend")) {
                return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
            }
        }
        return fail("backend/README.md not found from " + Path.of("").toAbsolutePath());
    }

    /** The cells of the table's rows under the section heading (header and rule left out). */
    private static List<List<String>> readmeRows(String readme) {
        int at = readme.indexOf("\n" + SECTION + "\n");
        assertTrue(at >= 0, "backend/README.md has no section '" + SECTION + "'");
        String[] lines = readme.substring(at + SECTION.length() + 2).split("\n", -1);
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("#")) {
                break;
            }
            if (!inTable) {
                if (line.strip().equals(HEADER)) {
                    inTable = true;
                }
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            if (line.matches("\\|(\\s*:?-+:?\\s*\\|)+")) {
                continue;
            }
            String inner = line.strip();
            inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        assertTrue(inTable, "the section '" + SECTION + "' has no table headed " + HEADER);
        return rows;
    }
}
