package vn.donghanh.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads a request body that Serde refused against the route's body record and names every value
 * of the wrong shape by its JSON path: dots into objects, {@code [i]} into arrays
 * ({@code location.latitude}, {@code items[2].kind}; {@code body} for the body itself).
 *
 * <p>Serde stops at the first error and its exceptions carry neither a path nor plain words, so
 * we look again, on the error path only. The rules mirror {@link StrictJsonScalars} and Serde's
 * own readers (enums by constant name, arrays for collections), so what is reported here is what
 * Serde refused. Unknown properties are left alone (Serde ignores them); a required record value
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) that is missing or null is named with
 * bean validation's words, since bean validation does not run on a body Serde refused.
 */
final class JsonShapes {
    /** Serde's limit (Jackson's default); a deeper body was refused for its depth. */
    static final int MAX_DEPTH = 1000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

    private final JsonParser parser;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** The deepest path being read; where a too-deep value is reported. */
    private String at = "";

    private JsonShapes(JsonParser parser) {
        this.parser = parser;
    }

    /** Field errors of {@code body} read as {@code type}, in body order; empty if its shape is right. */
    static List<ApiException.FieldError> check(byte[] body, Type type) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonShapes shapes = new JsonShapes(parser);
            try {
                if (parser.nextToken() == null || parser.currentToken() == JsonToken.VALUE_NULL) {
                    return List.of(new ApiException.FieldError("body", ProblemMessages.REQUIRED));
                }
                shapes.value(type, "");
            } catch (StreamConstraintsException e) {
                shapes.errors.put(shapes.at, ProblemMessages.TOO_DEEP);
            }
            return shapes.errors.entrySet().stream()
                    .map(e -> new ApiException.FieldError(e.getKey().isEmpty() ? "body" : e.getKey(), e.getValue()))
                    .toList();
        } catch (JsonProcessingException e) {
            return List.of(new ApiException.FieldError("body", ProblemMessages.NOT_JSON));
        } catch (IOException e) {
            return List.of(new ApiException.FieldError("body", ProblemMessages.NOT_JSON));
        }
    }

    /** Reads the value at the current token as {@code type}. */
    private void value(Type type, String path) throws IOException {
        at = path;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        Class<?> raw = rawClass(type);
        if (raw == null) {
            parser.skipChildren();
        } else if (raw.isRecord()) {
            object(raw, path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            array(typeArgument(type, 0), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(typeArgument(type, 1), path);
        } else {
            String problem = scalar(raw, token);
            if (problem != null) {
                errors.putIfAbsent(path, problem);
            }
            parser.skipChildren();
        }
    }

    private void object(Class<?> record, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            errors.putIfAbsent(path, ProblemMessages.MUST_BE_OBJECT);
            parser.skipChildren();
            return;
        }
        Map<String, RecordComponent> components = COMPONENTS.computeIfAbsent(record, JsonShapes::componentsByJsonName);
        Set<String> given = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            RecordComponent component = components.get(name);
            if (component == null) {
                parser.skipChildren();
            } else {
                if (parser.currentToken() != JsonToken.VALUE_NULL) {
                    given.add(name);
                }
                value(component.getGenericType(), path.isEmpty() ? name : path + "." + name);
            }
            at = path;
        }
        // Bean validation never sees a body Serde refused: name the required values missing too,
        // in its words, so a wrong enum and a missing field are reported together.
        for (Map.Entry<String, RecordComponent> c : components.entrySet()) {
            String required = required(c.getValue());
            if (required != null && !given.contains(c.getKey())) {
                errors.putIfAbsent(path.isEmpty() ? c.getKey() : path + "." + c.getKey(), required);
            }
        }
    }

    /** Bean validation's message for a missing value of {@code component}, or null if it may be missing. */
    private static String required(RecordComponent component) {
        Method accessor = component.getAccessor();
        AnnotatedElement[] places = {accessor, component, component.getAnnotatedType()};
        for (AnnotatedElement place : places) {
            if (place.isAnnotationPresent(NotBlank.class)) {
                return ProblemMessages.NOT_BLANK;
            }
            if (place.isAnnotationPresent(NotEmpty.class)) {
                return ProblemMessages.NOT_EMPTY;
            }
            if (place.isAnnotationPresent(NotNull.class)) {
                return ProblemMessages.NOT_NULL;
            }
        }
        return null;
    }

    private void array(Type element, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            errors.putIfAbsent(path, ProblemMessages.MUST_BE_ARRAY);
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            value(element, path + "[" + index++ + "]");
            at = path;
        }
    }

    private void map(Type valueType, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            errors.putIfAbsent(path, ProblemMessages.MUST_BE_OBJECT);
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            value(valueType, path.isEmpty() ? key : path + "." + key);
            at = path;
        }
    }

    /** What is wrong with a scalar token read as {@code raw}, or null (also for types we hold no rule for). */
    private String scalar(Class<?> raw, JsonToken token) throws IOException {
        if (raw.isEnum()) {
            Set<String> names = Arrays.stream(raw.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toSet());
            return token == JsonToken.VALUE_STRING && names.contains(parser.getText())
                    ? null
                    : ProblemMessages.oneOf(raw);
        }
        if (raw == String.class) {
            if (token != JsonToken.VALUE_STRING) {
                return ProblemMessages.MUST_BE_STRING;
            }
            return StrictJsonScalars.hasControlCharacters(parser.getText()) ? ProblemMessages.CONTROL_CHARACTERS : null;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return token.isBoolean() ? null : ProblemMessages.MUST_BE_BOOLEAN;
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                return ProblemMessages.MUST_BE_INTEGER;
            }
            boolean isInt = raw == Integer.class || raw == int.class;
            JsonParser.NumberType size = parser.getNumberType();
            return size == JsonParser.NumberType.INT || (!isInt && size == JsonParser.NumberType.LONG)
                    ? null
                    : ProblemMessages.OUT_OF_RANGE;
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == BigInteger.class) {
            return token.isNumeric() ? null : ProblemMessages.MUST_BE_NUMBER;
        }
        if (raw == UUID.class || raw == LocalDate.class || raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            String expected = ProblemMessages.expected(raw);
            return token == JsonToken.VALUE_STRING && parses(raw, parser.getText()) ? null : expected;
        }
        return null;
    }

    private static boolean parses(Class<?> raw, String text) {
        try {
            if (raw == UUID.class) {
                UUID.fromString(text);
            } else if (raw == LocalDate.class) {
                LocalDate.parse(text);
            } else if (raw == OffsetDateTime.class) {
                OffsetDateTime.parse(text);
            } else {
                LocalDateTime.parse(text);
            }
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    private static Map<String, RecordComponent> componentsByJsonName(Class<?> record) {
        Map<String, RecordComponent> out = new HashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty renamed = c.getAnnotation(JsonProperty.class);
            out.put(renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName(), c);
        }
        return out;
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return rawClass(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
