package vn.donghanh.apispec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints api-spec/openapi.yaml. Each rule is a function from the parsed document to a list of
 * violations; the rules run against the real contract (which must have none) and, in
 * {@link TheRulesCatch}, against small broken documents (each of which must be caught), so no
 * rule can silently pass everything.
 */
class OpenApiLintTest {
    static final Path SPEC = Path.of("openapi.yaml");
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern ERROR_STATUS = Pattern.compile("[45](\\d\\d|XX)");

    static SwaggerParseResult parsed;
    static OpenAPI api;
    static JsonNode tree;

    @BeforeAll
    static void parseTheContract() throws IOException {
        assertTrue(Files.isRegularFile(SPEC), "expected " + SPEC.toAbsolutePath());
        parsed = new OpenAPIV3Parser().readLocation(SPEC.toAbsolutePath().toString(), null, options());
        api = parsed.getOpenAPI();
        tree = yamlTree(Files.readString(SPEC, StandardCharsets.UTF_8));
    }

    static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    static JsonNode yamlTree(String yaml) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }

    // ------------------------------------------------------------------ the contract

    @Test
    void isStrictUtf8AndKeepsVietnameseText() throws IOException {
        byte[] bytes = Files.readAllBytes(SPEC);
        assertEquals(List.of(), utf8Problems(bytes));
        assertNotNull(api, "the parser produced no document: " + parsed.getMessages());
        assertEquals("Đồng Hành API", api.getInfo().getTitle(), "the title must survive parsing byte for byte");
        assertEquals("0.1.0", api.getInfo().getVersion());
        assertEquals("3.0.3", api.getOpenapi());
    }

    @Test
    void parsesWithoutMessages() {
        assertEquals(List.of(), parserMessages(parsed));
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndATag() {
        assertEquals(List.of(), operationMetadata(api));
    }

    @Test
    void everySecuredOperationListsA401() {
        assertEquals(List.of(), securedOperationsWithout401(api));
    }

    @Test
    void everyErrorResponseIsAProblem() {
        assertEquals(List.of(), errorResponsesNotProblems(api));
    }

    @Test
    void everyRefResolves() {
        assertEquals(List.of(), unresolvedRefs(tree));
    }

    @Test
    void everyPathTemplateParameterIsDefined() {
        assertEquals(List.of(), pathParameterProblems(api));
    }

    @Test
    void theContractHasOperationsForTheRulesToCheck() {
        // Guards against a vacuous pass: the rules above iterate over operations and responses.
        List<Op> ops = operations(api);
        assertTrue(ops.size() >= 30, "only " + ops.size() + " operations");
        assertTrue(ops.stream().anyMatch(op -> isSecured(api, op.operation())), "no secured operation");
        assertTrue(ops.stream().anyMatch(op -> !isSecured(api, op.operation())), "no anonymous operation");
        assertTrue(api.getComponents().getSchemas().containsKey("Problem"));
    }

    // ------------------------------------------------------------------ the rules

    record Op(String method, String path, PathItem item, Operation operation) {
        String name() {
            return method + " " + path;
        }
    }

    static List<Op> operations(OpenAPI api) {
        List<Op> out = new ArrayList<>();
        if (api == null || api.getPaths() == null) {
            return out;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> out.add(new Op(method.name(), path, item, op))));
        return out;
    }

    static List<String> utf8Problems(byte[] bytes) {
        List<String> out = new ArrayList<>();
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            out.add("starts with a byte order mark");
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            out.add("not valid UTF-8: " + e);
        }
        return out;
    }

    static List<String> parserMessages(SwaggerParseResult result) {
        List<String> out = new ArrayList<>();
        if (result.getMessages() != null) {
            out.addAll(result.getMessages());
        }
        if (result.getOpenAPI() == null) {
            out.add("no document parsed");
        }
        return out;
    }

    static List<String> operationMetadata(OpenAPI api) {
        List<String> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Op op : operations(api)) {
            Operation o = op.operation();
            if (blank(o.getOperationId())) {
                out.add(op.name() + ": no operationId");
            } else {
                String previous = seen.putIfAbsent(o.getOperationId(), op.name());
                if (previous != null) {
                    out.add(op.name() + ": operationId " + o.getOperationId() + " is also used by " + previous);
                }
            }
            if (blank(o.getSummary())) {
                out.add(op.name() + ": no summary");
            }
            if (o.getTags() == null || o.getTags().stream().allMatch(OpenApiLintTest::blank)) {
                out.add(op.name() + ": no tag");
            }
        }
        return out;
    }

    /** An operation is secured if its effective security list is non-empty and has no empty (anonymous) alternative. */
    static boolean isSecured(OpenAPI api, Operation op) {
        List<SecurityRequirement> effective = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
        return effective != null && !effective.isEmpty() && effective.stream().noneMatch(r -> r == null || r.isEmpty());
    }

    static List<String> securedOperationsWithout401(OpenAPI api) {
        List<String> out = new ArrayList<>();
        for (Op op : operations(api)) {
            if (isSecured(api, op.operation())
                    && (op.operation().getResponses() == null
                            || !op.operation().getResponses().containsKey("401"))) {
                out.add(op.name() + ": requires authentication but lists no 401 response");
            }
        }
        return out;
    }

    static final String HEALTH_DOWN = "GET /health 503";

    static List<String> errorResponsesNotProblems(OpenAPI api) {
        List<String> out = new ArrayList<>();
        for (Op op : operations(api)) {
            if (op.operation().getResponses() == null) {
                out.add(op.name() + ": no responses");
                continue;
            }
            op.operation().getResponses().forEach((status, response) -> {
                if (!ERROR_STATUS.matcher(status).matches() && !"default".equals(status)) {
                    return;
                }
                String where = op.name() + " " + status;
                if (HEALTH_DOWN.equals(where)) {
                    // The one exception: /health answers DOWN in the same Health body as UP, which is
                    // what load balancers and monitors read; it is a state report, not a refusal.
                    return;
                }
                ApiResponse resolved = resolve(
                        response,
                        ApiResponse::get$ref,
                        "#/components/responses/",
                        api.getComponents() == null ? null : api.getComponents().getResponses());
                if (resolved == null) {
                    out.add(where + ": response " + response.get$ref() + " does not resolve");
                    return;
                }
                MediaType media = resolved.getContent() == null
                        ? null
                        : resolved.getContent().get(PROBLEM_JSON);
                if (media == null) {
                    out.add(where + ": no " + PROBLEM_JSON + " content");
                    return;
                }
                if (resolved.getContent().size() != 1) {
                    out.add(where + ": other content types besides " + PROBLEM_JSON + ": "
                            + resolved.getContent().keySet());
                }
                Schema<?> schema = media.getSchema();
                if (schema == null || !PROBLEM_REF.equals(schema.get$ref())) {
                    out.add(where + ": schema is not " + PROBLEM_REF + " but "
                            + (schema == null ? "missing" : schema.get$ref()));
                }
            });
        }
        return out;
    }

    /** Every {@code $ref} anywhere in the document must be a local JSON pointer that lands on a node. */
    static List<String> unresolvedRefs(JsonNode root) {
        List<String> out = new ArrayList<>();
        collectRefs(root, "", root, out);
        return out;
    }

    private static void collectRefs(JsonNode node, String at, JsonNode root, List<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String here = at + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
                if ("$ref".equals(f.getKey())) {
                    String ref = f.getValue().asText();
                    if (!ref.startsWith("#/")) {
                        out.add(here + ": " + ref + " is not a local reference");
                    } else if (root.at(ref.substring(1)).isMissingNode()) {
                        out.add(here + ": " + ref + " does not resolve");
                    }
                } else {
                    collectRefs(f.getValue(), here, root, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), at + "/" + i, root, out);
            }
        }
    }

    static List<String> pathParameterProblems(OpenAPI api) {
        List<String> out = new ArrayList<>();
        Map<String, Parameter> components =
                api.getComponents() == null ? null : api.getComponents().getParameters();
        for (Op op : operations(api)) {
            Set<String> template = new LinkedHashSet<>();
            Matcher m = TEMPLATE_PARAM.matcher(op.path());
            while (m.find()) {
                template.add(m.group(1));
            }
            Map<String, Parameter> defined = new HashMap<>();
            List<Parameter> all = new ArrayList<>();
            if (op.item().getParameters() != null) {
                all.addAll(op.item().getParameters());
            }
            if (op.operation().getParameters() != null) {
                all.addAll(op.operation().getParameters());
            }
            for (Parameter p : all) {
                Parameter resolved = resolve(p, Parameter::get$ref, "#/components/parameters/", components);
                if (resolved == null) {
                    out.add(op.name() + ": parameter " + p.get$ref() + " does not resolve");
                } else if ("path".equals(resolved.getIn())) {
                    defined.put(resolved.getName(), resolved);
                }
            }
            for (String name : template) {
                Parameter p = defined.get(name);
                if (p == null) {
                    out.add(op.name() + ": path parameter {" + name + "} is not defined");
                } else if (!Boolean.TRUE.equals(p.getRequired())) {
                    out.add(op.name() + ": path parameter {" + name + "} is not required");
                }
            }
            for (String name : defined.keySet()) {
                if (!template.contains(name)) {
                    out.add(op.name() + ": path parameter " + name + " is not in the path template");
                }
            }
        }
        return out;
    }

    private static <T> T resolve(T value, Function<T, String> ref, String prefix, Map<String, T> components) {
        String r = ref.apply(value);
        if (r == null) {
            return value;
        }
        if (!r.startsWith(prefix) || components == null) {
            return null;
        }
        T target = components.get(r.substring(prefix.length()));
        return target == null ? null : resolve(target, ref, prefix, components);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ------------------------------------------------------------------ the rules can fail

    /** The rules by name, each applied to a YAML text. */
    enum Rule {
        PARSER_MESSAGES,
        OPERATION_METADATA,
        SECURED_LIST_401,
        ERRORS_ARE_PROBLEMS,
        REFS_RESOLVE,
        PATH_PARAMETERS;

        List<String> check(String yaml) throws IOException {
            if (this == REFS_RESOLVE) {
                return unresolvedRefs(yamlTree(yaml));
            }
            SwaggerParseResult r = new OpenAPIV3Parser().readContents(yaml, null, options());
            if (this == PARSER_MESSAGES) {
                return parserMessages(r);
            }
            assertNotNull(r.getOpenAPI(), "fixture did not parse: " + r.getMessages());
            return switch (this) {
                case OPERATION_METADATA -> operationMetadata(r.getOpenAPI());
                case SECURED_LIST_401 -> securedOperationsWithout401(r.getOpenAPI());
                case ERRORS_ARE_PROBLEMS -> errorResponsesNotProblems(r.getOpenAPI());
                case PATH_PARAMETERS -> pathParameterProblems(r.getOpenAPI());
                default -> throw new IllegalStateException(name());
            };
        }
    }

    /** Each rule must find the one defect planted in an otherwise clean document. */
    @Nested
    class TheRulesCatch {
        static final String CLEAN = """
                openapi: 3.0.3
                info:
                  title: Lint fixture
                  version: '1'
                security:
                  - bearerAuth: []
                paths:
                  /things/{id}:
                    get:
                      operationId: getThing
                      summary: One thing
                      tags: [things]
                      parameters:
                        - $ref: '#/components/parameters/ThingId'
                      responses:
                        '200':
                          description: The thing.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Thing'
                        '401': # unauthorized
                          $ref: '#/components/responses/Unauthorized'
                        '404':
                          description: Not found.
                          content:
                            application/problem+json: # inline-problem
                              schema:
                                $ref: '#/components/schemas/Problem' # inline-problem-schema
                  /open:
                    get:
                      operationId: getOpen
                      summary: Anonymous
                      tags: [open]
                      security: []
                      responses:
                        '200':
                          description: Fine.
                components:
                  securitySchemes:
                    bearerAuth:
                      type: http
                      scheme: bearer
                  parameters:
                    ThingId:
                      name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    Unauthorized:
                      description: No token.
                      content:
                        application/problem+json:
                          schema:
                            $ref: '#/components/schemas/Problem'
                  schemas:
                    Problem:
                      type: object
                    Thing:
                      type: object
                """;

        /** Replaces the single occurrence of {@code from}; a fixture edit that matches nothing is a test bug. */
        static String plant(String from, String to) {
            int at = CLEAN.indexOf(from);
            assertTrue(at >= 0 && CLEAN.indexOf(from, at + 1) < 0, "fixture must contain exactly one: " + from);
            return CLEAN.replace(from, to);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cleanUnderEveryRule")
        void theCleanFixturePasses(Rule rule) throws IOException {
            assertEquals(List.of(), rule.check(CLEAN));
        }

        static Stream<Rule> cleanUnderEveryRule() {
            return Stream.of(Rule.values());
        }

        static Stream<Arguments> defects() {
            return Stream.of(
                    Arguments.of("info without version", Rule.PARSER_MESSAGES, plant("  version: '1'\n", "")),
                    Arguments.of("a wrongly typed field", Rule.PARSER_MESSAGES, plant("tags: [open]", "tags: open")),
                    Arguments.of(
                            "missing operationId", Rule.OPERATION_METADATA, plant("      operationId: getThing\n", "")),
                    Arguments.of(
                            "duplicate operationId",
                            Rule.OPERATION_METADATA,
                            plant("operationId: getOpen", "operationId: getThing")),
                    Arguments.of("missing summary", Rule.OPERATION_METADATA, plant("      summary: Anonymous\n", "")),
                    Arguments.of("missing tag", Rule.OPERATION_METADATA, plant("tags: [open]", "tags: []")),
                    Arguments.of(
                            "secured operation without 401",
                            Rule.SECURED_LIST_401,
                            plant("'401': # unauthorized", "'403':")),
                    Arguments.of(
                            "global security and no 401", Rule.SECURED_LIST_401, plant("      security: []\n", "")),
                    Arguments.of(
                            "error as plain JSON",
                            Rule.ERRORS_ARE_PROBLEMS,
                            plant("application/problem+json: # inline-problem", "application/json:")),
                    Arguments.of(
                            "error with another schema",
                            Rule.ERRORS_ARE_PROBLEMS,
                            plant(
                                    "$ref: '#/components/schemas/Problem' # inline-problem-schema",
                                    "$ref: '#/components/schemas/Thing'")),
                    Arguments.of(
                            "error without content",
                            Rule.ERRORS_ARE_PROBLEMS,
                            plant("$ref: '#/components/responses/Unauthorized'", "description: No content.")),
                    Arguments.of(
                            "dangling schema ref",
                            Rule.REFS_RESOLVE,
                            plant("$ref: '#/components/schemas/Thing'", "$ref: '#/components/schemas/Nothing'")),
                    Arguments.of(
                            "external ref",
                            Rule.REFS_RESOLVE,
                            plant("$ref: '#/components/schemas/Thing'", "$ref: 'other.yaml#/Thing'")),
                    Arguments.of(
                            "dangling response ref",
                            Rule.REFS_RESOLVE,
                            plant(
                                    "$ref: '#/components/responses/Unauthorized'",
                                    "$ref: '#/components/responses/Missing'")),
                    Arguments.of(
                            "path parameter not defined",
                            Rule.PATH_PARAMETERS,
                            plant("      in: path\n", "      in: query\n")),
                    Arguments.of(
                            "path parameter of another name",
                            Rule.PATH_PARAMETERS,
                            plant("      name: id\n", "      name: thingId\n")),
                    Arguments.of(
                            "optional path parameter",
                            Rule.PATH_PARAMETERS,
                            plant("      required: true\n", "      required: false\n")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("defects")
        void theDefectIsCaught(String name, Rule rule, String broken) throws IOException {
            assertFalse(rule.check(broken).isEmpty(), name + " was not caught by " + rule);
        }

        @Test
        void invalidUtf8IsCaught() {
            assertFalse(utf8Problems(new byte[] {'a', (byte) 0xC3, (byte) 0x28}).isEmpty(), "broken sequence");
            assertFalse(
                    utf8Problems(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})
                            .isEmpty(),
                    "byte order mark");
            assertEquals(List.of(), utf8Problems("Đồng Hành".getBytes(StandardCharsets.UTF_8)));
        }
    }
}
