package vn.donghanh.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Request bodies take JSON types as the contract states them. Serde would otherwise coerce
 * ({@code "dateOfBirth": 42} became 12 Feb 1970, {@code "fullName": 5} the name "5"); a wrong type
 * is the client's mistake and gets a 400 naming the field. {@link JsonShapes} applies the same
 * rules to name the field, so the two must change together.
 */
@Factory
public class StrictJsonScalars {

    @Singleton
    Deserializer<String> strictString() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super String> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_STRING, node.getValue());
            }
            String text = node.getStringValue();
            if (hasControlCharacters(text)) {
                throw decoder.createDeserializationException(ProblemMessages.CONTROL_CHARACTERS, null);
            }
            return text;
        };
    }

    /**
     * NUL and the other control characters (C0 but tab, line feed and carriage return; DEL; C1)
     * have no place in a name, a note or a token: they break exports and logs, and a NUL cuts a
     * text short in some tools. Refused rather than stripped, so what is stored is what was sent.
     */
    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    @Singleton
    Deserializer<LocalDate> strictDate() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super LocalDate> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_DATE, node.getValue());
            }
            try {
                return LocalDate.parse(node.getStringValue());
            } catch (DateTimeParseException e) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_DATE, node.getStringValue());
            }
        };
    }

    @Singleton
    Deserializer<OffsetDateTime> strictTimestamp() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super OffsetDateTime> type) -> {
            JsonNode node = decoder.decodeNode();
            String message = ProblemMessages.MUST_BE_TIMESTAMP;
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
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_BOOLEAN, node.getValue());
            }
            return node.getBooleanValue();
        };
    }

    @Singleton
    Deserializer<Long> strictLong() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super Long> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isNumber()
                    || node.getValue() instanceof Double
                    || node.getValue() instanceof Float
                    || node.getValue() instanceof BigDecimal
                    || node.getValue() instanceof BigInteger) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_INTEGER, node.getValue());
            }
            return node.getLongValue();
        };
    }

    @Singleton
    Deserializer<Integer> strictInteger() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super Integer> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isNumber()
                    || !(node.getNumberValue() instanceof Integer
                            || node.getNumberValue() instanceof Long
                            || node.getNumberValue() instanceof Short
                            || node.getNumberValue() instanceof Byte)) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_INTEGER, node.getValue());
            }
            long v = node.getLongValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw decoder.createDeserializationException(ProblemMessages.OUT_OF_RANGE, v);
            }
            return (int) v;
        };
    }

    @Singleton
    Deserializer<UUID> strictUuid() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super UUID> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_UUID, node.getValue());
            }
            try {
                return UUID.fromString(node.getStringValue());
            } catch (IllegalArgumentException e) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_UUID, node.getStringValue());
            }
        };
    }

    /** Coordinates and amounts are JSON numbers; Serde would read {@code "12.5"} and even {@code true}. */
    @Singleton
    Deserializer<BigDecimal> strictDecimal() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super BigDecimal> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isNumber()) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_NUMBER, node.getValue());
            }
            return node.getBigDecimalValue();
        };
    }

    @Singleton
    Deserializer<LocalDateTime> strictLocalDateTime() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super LocalDateTime> type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw decoder.createDeserializationException(ProblemMessages.MUST_BE_LOCAL_DATE_TIME, node.getValue());
            }
            try {
                return LocalDateTime.parse(node.getStringValue());
            } catch (DateTimeParseException e) {
                throw decoder.createDeserializationException(
                        ProblemMessages.MUST_BE_LOCAL_DATE_TIME, node.getStringValue());
            }
        };
    }

    /**
     * Enum values by constant name, from a JSON string only: Serde would read {@code ["MALE"]}
     * (a one-element array) and {@code 1} (a number) as text.
     */
    @Singleton
    @Primary
    @SuppressWarnings({"unchecked", "rawtypes"})
    Deserializer<Enum> strictEnum() {
        return (Decoder decoder, Deserializer.DecoderContext context, Argument<? super Enum> type) -> {
            JsonNode node = decoder.decodeNode();
            Class enumType = type.getType();
            String message = ProblemMessages.oneOf(enumType);
            if (!node.isString()) {
                throw decoder.createDeserializationException(message, node.getValue());
            }
            try {
                return Enum.valueOf(enumType, node.getStringValue());
            } catch (IllegalArgumentException e) {
                throw decoder.createDeserializationException(message, node.getStringValue());
            }
        };
    }
}
