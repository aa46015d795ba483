package vn.donghanh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The paths and words of {@link JsonShapes}, on a body shaped like ours but with every kind of nesting. */
class JsonShapesTest {
    enum Kind {
        PILL,
        SYRUP
    }

    record Item(Kind kind, Integer count, UUID placeId) {}

    record Where(BigDecimal latitude, BigDecimal longitude) {}

    record Order(
            String name, List<Item> items, Map<String, Integer> tallies, Where where, Boolean urgent, Long total) {}

    private static List<String> errors(String json) {
        return JsonShapes.check(json.getBytes(StandardCharsets.UTF_8), Order.class).stream()
                .map(e -> e.field() + ": " + e.message())
                .toList();
    }

    @Test
    void aRightShapeHasNoErrorsNullsAndUnknownPropertiesIncluded() {
        assertEquals(
                List.of(),
                errors("{\"name\": \"Liều sáng\", \"items\": [{\"kind\": \"PILL\", \"count\": 2, \"placeId\": \""
                        + UUID.randomUUID()
                        + "\"}], \"tallies\": {\"a\": 1}, \"where\": {\"latitude\": 21.5, \"longitude\": 105},"
                        + " \"urgent\": false, \"total\": 9000000000, \"extra\": [1, {\"x\": 2}]}"));
        assertEquals(List.of(), errors("{\"name\": null, \"items\": [null], \"where\": null}"));
    }

    @Test
    void nestedValuesAreNamedByDotsAndIndexes() {
        assertEquals(
                List.of("items[2].kind: must be one of: PILL, SYRUP"),
                errors("{\"items\": [{\"kind\": \"PILL\"}, {\"kind\": \"SYRUP\"}, {\"kind\": \"SYRINGE\"}]}"));
        assertEquals(List.of("where.latitude: must be a number"), errors("{\"where\": {\"latitude\": \"21.5\"}}"));
        assertEquals(List.of("tallies.morning: must be a whole number"), errors("{\"tallies\": {\"morning\": \"1\"}}"));
        assertEquals(List.of("items[0].placeId: must be a UUID"), errors("{\"items\": [{\"placeId\": \"kho\"}]}"));
    }

    @Test
    void everyWrongValueIsListedInBodyOrder() {
        assertEquals(
                List.of(
                        "name: must be a string",
                        "items[0].count: must be a whole number",
                        "where: must be an object",
                        "urgent: must be true or false",
                        "total: is out of range"),
                errors("{\"name\": 3, \"items\": [{\"count\": 1.5}], \"where\": [1, 2], \"urgent\": \"yes\","
                        + " \"total\": 99999999999999999999}"));
        assertEquals(
                List.of("items: must be an array", "tallies: must be an object"),
                errors("{\"items\": {\"kind\": \"PILL\"}, \"tallies\": [1]}"));
        assertEquals(List.of("items[0].count: is out of range"), errors("{\"items\": [{\"count\": 3000000000}]}"));
    }

    record Visit(
            @jakarta.validation.constraints.NotNull Kind kind,
            @jakarta.validation.constraints.NotBlank String place,
            @jakarta.validation.constraints.NotEmpty List<String> notes,
            @io.micronaut.core.annotation.Nullable String remark) {}

    @Test
    void aRequiredValueMissingIsListedWithTheWrongOnes() {
        assertEquals(
                List.of("kind: must be one of: PILL, SYRUP", "notes: must not be empty", "place: must not be blank"),
                JsonShapes.check(
                                "{\"kind\": \"SYRINGE\", \"place\": null}".getBytes(StandardCharsets.UTF_8),
                                Visit.class)
                        .stream()
                        .map(e -> e.field() + ": " + e.message())
                        .sorted()
                        .toList());
        assertEquals(
                List.of(),
                JsonShapes.check(
                        "{\"kind\": \"PILL\", \"place\": \"x\", \"notes\": []}".getBytes(StandardCharsets.UTF_8),
                        Visit.class),
                "present values are for bean validation to judge");
    }

    @Test
    void theBodyItselfIsBody() {
        assertEquals(List.of("body: must be an object"), errors("[{\"name\": \"x\"}]"));
        assertEquals(List.of("body: is not valid JSON"), errors("{\"name\": "));
        assertEquals(List.of("body: is not valid JSON"), errors("{name: 1}"));
        assertEquals(List.of("body: is required"), errors(""));
        assertEquals(List.of("body: is required"), errors("null"));
    }

    @Test
    void tooDeepIsReportedWhereTheDepthIs() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        assertEquals(List.of("body: nesting is too deep"), errors(deep));
        assertEquals(
                List.of("items[0]: nesting is too deep"),
                errors("{\"items\": " + "[".repeat(1500) + "]".repeat(1500) + "}"));
        assertEquals(
                List.of("where.latitude: nesting is too deep"), errors("{\"where\": {\"latitude\": " + deep + "}}"));
    }

    @Test
    void frameworkWordsNeverPassAsPlainWords() {
        assertEquals(
                "fallback", ProblemMessages.plain("Failed to convert argument [body] for value [null]", "fallback"));
        assertEquals(
                "fallback",
                ProblemMessages.plain("Cannot deserialize value of type `vn.donghanh.casefile.Sex`", "fallback"));
        assertEquals(
                "fallback", ProblemMessages.plain("Unexpected token START_ARRAY, expected VALUE_STRING", "fallback"));
        assertEquals("fallback", ProblemMessages.plain("No enum constant org.dmfs.Freq$X", "fallback"));
        assertEquals(
                "fallback", ProblemMessages.plain("java.lang.NumberFormatException: For input string", "fallback"));
        assertEquals("must be a past date", ProblemMessages.plain("must be a past date\nat line 3", "fallback"));
    }
}
