package vn.donghanh.intake;

import java.util.List;
import java.util.Map;
import vn.donghanh.casefile.CaseModels;

/**
 * One row of a list as it will be registered: its number in the sheet, what its mapped cells said,
 * the registration built from them and everything wrong with it. A row with no {@code problems} is
 * registered on confirmation; {@code notes} are what the reading assumed (a bare year of birth taken
 * as 1 January), shown but not in the way. {@code registeredCaseId}: the case it already is, if any.
 */
public record ImportRow(
        int number,
        Map<ImportField, String> cells,
        CaseModels.RegisterCase body,
        List<Problem> problems,
        List<Problem> notes,
        String registeredCaseId) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * A problem with one field (its RegisterCase name, or null for the whole row): either the API's
     * own English text (bean validation, the service's rules), which the problem catalogue translates,
     * or a key of the console's import words with its values.
     */
    public record Problem(String field, String apiText, String key, List<String> args) {
        public static Problem api(String field, String englishText) {
            return new Problem(field, englishText, null, List.of());
        }

        public static Problem words(String field, String key, String... args) {
            return new Problem(field, null, key, List.of(args));
        }
    }
}
