package vn.donghanh.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Request bodies take JSON types as the contract states them. Serde would otherwise coerce
 * ({@code "dateOfBirth": 42} became 12 Feb 1970, {@code "fullName": 5} the name "5"); a wrong type
 * is the client's mistake and gets a 400 naming the field.
 */
@Factory
public class StrictJsonScalars {

    @Singleton
    Deserializer<String> strictString() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super String> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(named(type) + "must be a JSON string", node.getValue());
            }
            return node.getStringValue();
        };
    }

    @Singleton
    Deserializer<LocalDate> strictDate() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super LocalDate> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(named(type) + "must be a date string YYYY-MM-DD", node.getValue());
            }
            try {
                return LocalDate.parse(node.getStringValue());
            } catch (DateTimeParseException e) {
                throw decoder.createDeserializationException(named(type) + "must be a date string YYYY-MM-DD", node.getStringValue());
            }
        };
    }

    @Singleton
    Deserializer<OffsetDateTime> strictTimestamp() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super OffsetDateTime> type) -> {
            JsonNode node = decoder.decodeNode();
            String message = named(type) + "must be an ISO-8601 timestamp with offset, e.g. 2026-11-20T07:30:00+07:00";
            if (!node.isString()) {
                throw decoder.createDeserializationException(message, node.getValue());
            }
            try {
                return OffsetDateTime.parse(node.getStringValue());
            } catch (DateTimeParseException e) {
                throw decoder.createDeserializationException(message, node.getStringValue());
            }
        };
    }

    @Singleton
    Deserializer<Boolean> strictBoolean() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super Boolean> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isBoolean()) {
                throw decoder.createDeserializationException(named(type) + "must be true or false", node.getValue());
            }
            return node.getBooleanValue();
        };
    }

    @Singleton
    Deserializer<Long> strictLong() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super Long> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isNumber() || node.getValue() instanceof Double || node.getValue() instanceof Float
                    || node.getValue() instanceof java.math.BigDecimal || node.getValue() instanceof java.math.BigInteger) {
                throw decoder.createDeserializationException(named(type) + "must be a JSON integer", node.getValue());
            }
            return node.getLongValue();
        };
    }

    @Singleton
    Deserializer<Integer> strictInteger() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super Integer> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isNumber() || !(node.getNumberValue() instanceof Integer || node.getNumberValue() instanceof Long
                    || node.getNumberValue() instanceof Short || node.getNumberValue() instanceof Byte)) {
                throw decoder.createDeserializationException(named(type) + "must be a JSON integer", node.getValue());
            }
            long v = node.getLongValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw decoder.createDeserializationException(named(type) + "is out of range", v);
            }
            return (int) v;
        };
    }

    /** "property [dateOfBirth] " when serde tells us which property is being read; the problem names that field. */
    private static String named(Argument<?> type) {
        String name = type.getName();
        return name == null || name.isEmpty() || name.equals(type.getType().getSimpleName()) ? "" : "property [" + name + "] ";
    }
}
