package vn.donghanh.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;

/**
 * The case form's fields, named as the API body's JSON names (so a service's field refusal lands
 * next to its input), read from a submitted {@link ConsoleForm} into the API's own
 * {@code RegisterCase}/{@code UpdateCase}, and written back from a saved case for the edit form.
 */
final class CaseFields {
    /** The person's fields, in the form's order (the commune, id and version are the form's own). */
    static final List<String> PERSON = List.of(
            "fullName",
            "dateOfBirth",
            "sex",
            "ethnicity",
            "preferredLanguage",
            "phone",
            "nationalId",
            "address",
            "basis",
            "decisionNumber",
            "decisionDate",
            "startDate");

    /** The fields typed as dates (dd/MM/yyyy). */
    static final List<String> DATES = List.of("dateOfBirth", "decisionDate", "startDate");

    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static final List<String> LANGUAGES = List.of("vi", "en");

    /** What the register form needs filled (the edit form has the same, less the commune). */
    static final List<String> REQUIRED = List.of(
            "adminUnitId",
            "fullName",
            "dateOfBirth",
            "sex",
            "address",
            "basis",
            "decisionNumber",
            "decisionDate",
            "startDate");

    /** The console's words for a date that does not parse (ConsoleForm's are the API's, in ISO form). */
    static final String DATE_AS_TYPED = "must be a date in the form dd/mm/yyyy";

    /** The prefix of the hidden fields that carry the values the edit form was opened with. */
    static final String WAS = "was.";

    private CaseFields() {}

    /** {@code values}' person fields again, under {@link #WAS}: what the form was opened with. */
    static Map<String, String> was(Map<String, String> values) {
        Map<String, String> w = new LinkedHashMap<>();
        for (String field : PERSON) {
            w.put(WAS + field, values.getOrDefault(field, ""));
        }
        return w;
    }

    /**
     * Notes, before the API's own checks, the problems a person at a form should read in a form's
     * words: a required field left empty is "not to be left blank" (the bean validation says "not
     * null" of a date or a choice), a date is asked for as dd/mm/yyyy. The API's checks still run;
     * the first problem of a field is the one shown.
     */
    static void precheck(ConsoleForm f, List<String> required, List<String> dates) {
        for (String name : required) {
            if (f.text(name) == null) {
                f.reject(name, "must not be blank");
            }
        }
        for (String name : dates) {
            String v = f.text(name);
            if (v != null && parse(v) == null) {
                f.reject(name, DATE_AS_TYPED);
            }
        }
    }

    private static java.time.LocalDate parse(String v) {
        try {
            return v.contains("/") ? java.time.LocalDate.parse(v, DAY_MONTH_YEAR) : java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static CaseModels.RegisterCase register(ConsoleForm f) {
        return new CaseModels.RegisterCase(
                f.uuid("id"),
                f.uuid("adminUnitId"),
                f.text("fullName"),
                f.date("dateOfBirth"),
                f.choice("sex", Sex.class),
                f.text("ethnicity"),
                f.text("preferredLanguage"),
                f.text("phone"),
                f.text("nationalId"),
                f.text("address"),
                f.choice("basis", ManagementBasis.class),
                f.text("decisionNumber"),
                f.date("decisionDate"),
                f.date("startDate"),
                null);
    }

    static CaseModels.UpdateCase update(ConsoleForm f) {
        return new CaseModels.UpdateCase(
                f.integer("version"),
                f.text("fullName"),
                f.date("dateOfBirth"),
                f.choice("sex", Sex.class),
                f.text("ethnicity"),
                f.text("preferredLanguage"),
                f.text("phone"),
                f.text("nationalId"),
                f.text("address"),
                f.choice("basis", ManagementBasis.class),
                f.text("decisionNumber"),
                f.date("decisionDate"),
                f.date("startDate"),
                null);
    }

    /** The saved case as the edit form shows it (dates dd/MM/yyyy, choices by name, absent as ""). */
    static Map<String, String> of(CaseModels.CaseDetail c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("version", Integer.toString(c.version()));
        v.put("fullName", c.fullName());
        v.put("dateOfBirth", ConsoleFormat.date(c.dateOfBirth()));
        v.put("sex", c.sex().name());
        v.put("ethnicity", Objects.toString(c.ethnicity(), ""));
        v.put("preferredLanguage", c.preferredLanguage());
        v.put("phone", Objects.toString(c.phone(), ""));
        v.put("nationalId", Objects.toString(c.nationalId(), ""));
        v.put("address", c.address());
        v.put("basis", c.basis().name());
        v.put("decisionNumber", c.decisionNumber());
        v.put("decisionDate", ConsoleFormat.date(c.decisionDate()));
        v.put("startDate", ConsoleFormat.date(c.startDate()));
        return v;
    }

    /** A value as a person reads it on the comparison: a date as dd/MM/yyyy whichever way it was typed. */
    static String shown(String field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (DATES.contains(field)) {
            java.time.LocalDate d = parse(v);
            return d == null ? v : ConsoleFormat.date(d);
        }
        return v;
    }
}
