package vn.donghanh.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of api-spec/openapi.yaml as the attack suite needs them: method, path, operationId,
 * path parameters (with the name of the shared component they come from, e.g. {@code PlanId}, which
 * says what kind of record the id points to), required query parameters, and the JSON request body
 * schema with every {@code $ref} and single-element {@code allOf} inlined. Read once from the file,
 * so an operation added to the contract is attacked without anyone listing it.
 */
public final class OpenApiOperations {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static List<Operation> cached;

    /** One path parameter; {@code component} is the name under components/parameters, or null when inline. */
    public record PathParam(String name, String component, Map<String, Object> schema) {}

    public record Operation(
            String method,
            String path,
            String operationId,
            List<PathParam> pathParams,
            List<String> requiredQueryParams,
            Map<String, Object> jsonBody,
            boolean anonymous) {
        public boolean hasJsonBody() {
            return jsonBody != null;
        }

        /** The path with each parameter replaced by the given value. */
        public String expand(Map<String, String> values) {
            String p = path;
            for (PathParam param : pathParams) {
                String v = values.get(param.name());
                if (v == null) {
                    throw new IllegalArgumentException(this + ": no value for path parameter " + param.name());
                }
                p = p.replace("{" + param.name() + "}", v);
            }
            return p;
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    private OpenApiOperations() {}

    public static synchronized List<Operation> all() {
        if (cached == null) {
            cached = load(
                    Path.of("..", "api-spec", "openapi.yaml").toAbsolutePath().normalize());
        }
        return cached;
    }

    @SuppressWarnings("unchecked")
    static List<Operation> load(Path file) {
        Map<String, Object> spec;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20_000_000);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            spec = new Yaml(options).load(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> components = map(spec.get("components"));
        Map<String, Object> parameters = map(components.get("parameters"));
        boolean securedByDefault = spec.get("security") != null && !((List<Object>) spec.get("security")).isEmpty();
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, Object> pathEntry : map(spec.get("paths")).entrySet()) {
            Map<String, Object> item = map(pathEntry.getValue());
            List<Object> shared = item.get("parameters") == null ? List.of() : (List<Object>) item.get("parameters");
            for (String method : METHODS) {
                Map<String, Object> op = map(item.get(method));
                if (op.isEmpty()) {
                    continue;
                }
                List<PathParam> pathParams = new ArrayList<>();
                List<String> requiredQuery = new ArrayList<>();
                List<Object> params = new ArrayList<>(shared);
                if (op.get("parameters") != null) {
                    params.addAll((List<Object>) op.get("parameters"));
                }
                for (Object o : params) {
                    Map<String, Object> p = map(o);
                    String component = null;
                    if (p.get("$ref") != null) {
                        component = last(p.get("$ref").toString());
                        p = map(parameters.get(component));
                    }
                    Map<String, Object> schema = resolve(spec, map(p.get("schema")));
                    if ("path".equals(p.get("in"))) {
                        pathParams.add(new PathParam(p.get("name").toString(), component, schema));
                    } else if ("query".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))) {
                        requiredQuery.add(p.get("name").toString());
                    }
                }
                Map<String, Object> body = null;
                Map<String, Object> requestBody = resolve(spec, map(op.get("requestBody")));
                Map<String, Object> json = map(map(requestBody.get("content")).get("application/json"));
                if (!json.isEmpty()) {
                    body = resolve(spec, map(json.get("schema")));
                }
                boolean anonymous =
                        op.containsKey("security") ? ((List<Object>) op.get("security")).isEmpty() : !securedByDefault;
                out.add(new Operation(
                        method.toUpperCase(java.util.Locale.ROOT),
                        pathEntry.getKey(),
                        String.valueOf(op.get("operationId")),
                        List.copyOf(pathParams),
                        List.copyOf(requiredQuery),
                        body,
                        anonymous));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A schema with its {@code $ref}s followed, a single-element {@code allOf} merged into its
     * siblings (how the contract adds a description or {@code nullable} to a shared schema), and
     * properties and array items resolved the same way.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> spec, Map<String, Object> schema) {
        Map<String, Object> s = new LinkedHashMap<>(schema);
        while (s.get("$ref") != null) {
            Map<String, Object> target = follow(spec, s.remove("$ref").toString());
            Map<String, Object> merged = new LinkedHashMap<>(target);
            merged.putAll(s);
            s = merged;
        }
        if (s.get("allOf") instanceof List<?> all) {
            s.remove("allOf");
            for (Object part : all) {
                Map<String, Object> resolved = resolve(spec, map(part));
                for (Map.Entry<String, Object> e : resolved.entrySet()) {
                    if (e.getKey().equals("properties") && s.get("properties") != null) {
                        Map<String, Object> props = new LinkedHashMap<>(map(s.get("properties")));
                        props.putAll(map(e.getValue()));
                        s.put("properties", props);
                    } else if (e.getKey().equals("required") && s.get("required") != null) {
                        List<Object> req = new ArrayList<>((List<Object>) s.get("required"));
                        req.addAll((List<Object>) e.getValue());
                        s.put("required", req);
                    } else {
                        s.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
            }
        }
        if (s.get("properties") != null) {
            Map<String, Object> props = new LinkedHashMap<>();
            map(s.get("properties")).forEach((k, v) -> props.put(k, resolve(spec, map(v))));
            s.put("properties", props);
        }
        if (s.get("items") != null) {
            s.put("items", resolve(spec, map(s.get("items"))));
        }
        return s;
    }

    private static Map<String, Object> follow(Map<String, Object> spec, String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        Object node = spec;
        for (String part : ref.substring(2).split("/")) {
            node = map(node).get(part);
        }
        return map(node);
    }

    private static String last(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
