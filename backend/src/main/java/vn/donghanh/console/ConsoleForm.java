package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ProblemCatalogue;
import vn.donghanh.common.ProblemMessages;

/**
 * One submitted console form: reads its fields into the API's own request types, and collects
 * every problem next to the field it is about, in the caller's language, from the same words the
 * API's problem+json uses ({@code i18n/problems_*.properties}). The flow of a form handler:
 *
 * <pre>{@code
 * ConsoleForm f = ConsoleForm.of(request, form);
 * var body = new RegisterCase(f.uuid("adminUnitId"), f.text("fullName"), f.date("dateOfBirth"), ...);
 * f.check(validator, body);                    // the API's bean validation, field by field
 * var created = f.run(() -> service.register(caller, body)); // the service's own refusals
 * if (f.hasErrors()) { model.put("form", f.model()); return render(BAD_REQUEST, ...); }
 * }</pre>
 *
 * Field names are the API body's JSON names, so a service's {@code FieldError("decisionDate", …)}
 * lands next to the input named {@code decisionDate}. A value that does not parse is kept as typed,
 * so the re-shown form loses nothing.
 */
public final class ConsoleForm {
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> values;
    private final String language;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String general;

    private ConsoleForm(Map<String, String> values, String language) {
        this.values = values == null ? Map.of() : values;
        this.language = language;
    }

    public static ConsoleForm of(HttpRequest<?> request, Map<String, String> form) {
        return new ConsoleForm(form, ConsoleMessages.localeOf(request).getLanguage());
    }

    /** The trimmed value, or null when the field is missing or blank. */
    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** A date typed as {@code dd/MM/yyyy} or sent by a date input as {@code yyyy-MM-dd}; null when blank or wrong. */
    public LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DAY_MONTH_YEAR) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            reject(name, "must be a date in the form YYYY-MM-DD");
            return null;
        }
    }

    /** One of {@code type}'s constants by name; null when blank or not one of them. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(name, ProblemMessages.oneOf(type));
            return null;
        }
    }

    public Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            reject(name, ProblemMessages.MUST_BE_INTEGER);
            return null;
        }
    }

    public UUID uuid(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            reject(name, ProblemMessages.MUST_BE_UUID);
            return null;
        }
    }

    /** A checkbox: true when sent at all. */
    public boolean checked(String name) {
        return text(name) != null;
    }

    /** Notes a problem with {@code field}, given in the API's English words (translated here). */
    public void reject(String field, String englishMessage) {
        errors.putIfAbsent(field, words(englishMessage));
    }

    /** A problem about the whole form (a rule no single field breaks). */
    public void rejectForm(String englishMessage) {
        if (general == null) {
            general = words(englishMessage);
        }
    }

    /** Runs the API's bean validation on {@code body}; every violation goes next to its field. */
    public void check(Validator validator, Object body) {
        for (ConstraintViolation<Object> v : validator.validate(body)) {
            reject(v.getPropertyPath().toString(), v.getMessage());
        }
    }

    /**
     * Calls the service unless a problem was found already; its field refusals go next to their
     * fields, others to the form. Returns null when it did not run or refused. "Not found" and
     * "forbidden" are not the form's problems: they propagate, for {@link ConsolePage#refused}.
     */
    public <T> T run(Supplier<T> call) {
        if (hasErrors()) {
            return null;
        }
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            if (e.errors().isEmpty()) {
                rejectForm(e.getMessage());
            } else {
                e.errors().forEach(fe -> reject(fe.field(), fe.message()));
            }
            return null;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || general != null;
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** What the template gets as {@code form}: {@code values} (as typed), {@code errors} by field, {@code general}. */
    public Map<String, Object> model() {
        return ConsolePage.row("values", values, "errors", errors, "general", general);
    }

    /** An empty form, with initial values, for a page shown the first time. */
    public static Map<String, Object> blank(Map<String, String> initial) {
        return ConsolePage.row("values", initial, "errors", Map.of(), "general", null);
    }

    private String words(String english) {
        String translated = ProblemCatalogue.get().translate(english, language);
        return translated == null ? english : translated;
    }
}
