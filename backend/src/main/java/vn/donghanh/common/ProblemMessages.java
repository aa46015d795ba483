package vn.donghanh.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of every problem the service writes about input it could not read, in English: the
 * source texts {@link ProblemCatalogue} translates (its bundles, {@code i18n/problems_*.properties},
 * hold each of these under a key). Messages describe the JSON the client should send, never the
 * Java types we decode it into.
 */
public final class ProblemMessages {
    public static final String NOT_JSON = "is not valid JSON";
    public static final String REQUIRED = "is required";
    public static final String MUST_BE_OBJECT = "must be an object";
    public static final String MUST_BE_ARRAY = "must be an array";
    public static final String MUST_BE_STRING = "must be a string";
    public static final String MUST_BE_NUMBER = "must be a number";
    public static final String MUST_BE_INTEGER = "must be a whole number";
    public static final String MUST_BE_BOOLEAN = "must be true or false";
    public static final String MUST_BE_UUID = "must be a UUID";
    public static final String MUST_BE_DATE = "must be a date in the form YYYY-MM-DD";
    public static final String MUST_BE_TIMESTAMP =
            "must be a timestamp with an offset in the form YYYY-MM-DDThh:mm:ss+07:00";
    public static final String MUST_BE_LOCAL_DATE_TIME = "must be a local date and time in the form YYYY-MM-DDThh:mm";
    public static final String OUT_OF_RANGE = "is out of range";
    public static final String TOO_DEEP = "nesting is too deep";
    public static final String INVALID_VALUE = "has an invalid value";
    public static final String INVALID_REQUEST = "the request is not valid";
    public static final String INVALID_BODY = "is not valid for this request";
    public static final String TOO_LARGE = "request body is larger than the 1 MB limit";
    public static final String BEFORE_1900 = "must not be before 1900-01-01";
    public static final String TOO_FAR_AHEAD = "is too far in the future";
    public static final String IN_THE_FUTURE = "cannot be in the future";
    public static final String CONTROL_CHARACTERS =
            "must not contain control characters (line breaks and tabs are fine)";
    /** Bean validation's words (Micronaut's defaults), used where we report for it. */
    public static final String NOT_NULL = "must not be null";

    public static final String NOT_BLANK = "must not be blank";
    public static final String NOT_EMPTY = "must not be empty";
    public static final String DATABASE_UNAVAILABLE =
            "The service cannot reach its database right now. Please try again in a few seconds.";
    public static final String UNEXPECTED = "An unexpected error occurred; it has been logged.";

    /**
     * What a problem must never show: Java or framework names, parser jargon, source excerpts. A
     * framework message that matches is replaced by a plain one (and tests assert on the same
     * pattern).
     */
    public static final Pattern LEAK =
            Pattern.compile("vn\\.donghanh|java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|io\\.netty"
                    + "|START_ARRAY|START_OBJECT|END_ARRAY|END_OBJECT|VALUE_[A-Z_]+|StreamReadConstraints"
                    + "|Failed to convert argument|Error decoding property|Cannot deserialize|\\[Source:"
                    + "|\\b[A-Z]\\w*(Exception|Error)\\b|\\bclass \\w|\\w+\\$\\w+|`");

    private ProblemMessages() {}

    /** "must be one of: MALE, FEMALE, OTHER", in the enum's JSON spelling (its constant names). */
    public static String oneOf(Class<?> enumType) {
        return "must be one of: "
                + Arrays.stream(enumType.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
    }

    /** What a value of {@code type} must look like in JSON (path and query values use the text form). */
    public static String expected(Class<?> raw) {
        if (raw.isEnum()) {
            return oneOf(raw);
        }
        if (raw == String.class || raw == CharSequence.class) {
            return MUST_BE_STRING;
        }
        if (raw == UUID.class) {
            return MUST_BE_UUID;
        }
        if (raw == LocalDate.class) {
            return MUST_BE_DATE;
        }
        if (raw == OffsetDateTime.class) {
            return MUST_BE_TIMESTAMP;
        }
        if (raw == LocalDateTime.class) {
            return MUST_BE_LOCAL_DATE_TIME;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return MUST_BE_BOOLEAN;
        }
        if (raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == Short.class
                || raw == short.class
                || raw == BigInteger.class) {
            return MUST_BE_INTEGER;
        }
        if (raw == BigDecimal.class
                || raw == Double.class
                || raw == double.class
                || raw == Float.class
                || raw == float.class) {
            return MUST_BE_NUMBER;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return MUST_BE_ARRAY;
        }
        if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
            return MUST_BE_OBJECT;
        }
        return INVALID_VALUE;
    }

    /** {@code message} if it is plain words, otherwise {@code fallback}. */
    public static String plain(String message, String fallback) {
        if (message == null || message.isBlank() || LEAK.matcher(message).find()) {
            return fallback;
        }
        String first = message.split("\\R", 2)[0].strip();
        return first.length() > 300 ? first.substring(0, 300) : first;
    }
}
