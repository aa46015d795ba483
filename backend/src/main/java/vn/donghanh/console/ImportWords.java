package vn.donghanh.console;

import java.time.LocalDate;
import java.util.List;
import vn.donghanh.common.ProblemCatalogue;
import vn.donghanh.intake.ImportRow;

/** An import row's problems and notes in the officer's words, and its cells as the preview and the skipped-rows file show them. */
final class ImportWords {
    private static final String MUST_NOT_BE_NULL = "must not be null";

    private ImportWords() {}

    /** "Ngày sinh: không được để trống" — the field's name (as the import's mapping calls it) and the problem. */
    static List<String> texts(List<ImportRow.Problem> problems, ConsoleMessages.Words words, String lang) {
        return problems.stream().map(p -> text(p, words, lang)).toList();
    }

    static String text(ImportRow.Problem p, ConsoleMessages.Words words, String lang) {
        String message;
        if (MUST_NOT_BE_NULL.equals(p.apiText())) {
            // The API's "must not be null" is about a JSON body; in a list the cell is simply empty.
            message = words.get("import.problem.missing");
        } else if (p.apiText() != null) {
            message = api(p.apiText(), lang);
        } else {
            message = fill(words.get(p.key()), p.args().toArray(String[]::new));
        }
        if (p.field() == null) {
            return message;
        }
        String label = words.get("import.field." + p.field());
        return (label.startsWith("import.field.") ? p.field() : label) + ": " + message;
    }

    /** The API's English problem text in the officer's language, from the problem catalogue. */
    static String api(String english, String lang) {
        String translated = ProblemCatalogue.get().translate(english, lang);
        return translated == null ? english : translated;
    }

    static String fill(String text, String... args) {
        String out = text;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", args[i]);
        }
        return out;
    }

    /** A cell as read (date cells as ISO dates) shown as the console shows dates. */
    static String shown(String cell) {
        LocalDate d = isoDate(cell);
        return d == null ? cell : ConsoleFormat.date(d);
    }

    /** A cell for the skipped-rows file: a date cell stays a date cell. */
    static Object cellValue(String cell) {
        LocalDate d = isoDate(cell);
        return d != null ? d : cell;
    }

    private static LocalDate isoDate(String cell) {
        if (cell != null && cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(cell);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
