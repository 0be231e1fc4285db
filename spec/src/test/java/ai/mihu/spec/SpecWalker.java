package ai.mihu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks an OpenAPI 3.0 document along its structure and collects what the spec tests check:
 * every operation, every schema (named component or inline, with where it sits) and every
 * example together with the schema it must satisfy.
 *
 * <p>Objects given by {@code $ref} (shared responses, request bodies, headers, parameters) are
 * visited once, where they are defined under {@code components}. Parts of OpenAPI the walker
 * cannot follow ({@code callbacks}, path-item {@code $ref}s, external example values) fail the
 * walk instead of being skipped silently.
 */
final class SpecWalker {

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String EXAMPLE_PREFIX = "#/components/examples/";

    /** An example, where it is used and defined, and the schema it must satisfy (null if none). */
    record Example(String usedAt, String definedAt, JsonNode value, JsonNode schema) {
        @Override
        public String toString() {
            return usedAt;
        }
    }

    /** A schema and where it sits; {@code componentName} is null for inline schemas. */
    record SchemaSite(String pointer, JsonNode schema, String componentName) {
        boolean isInline() {
            return componentName == null;
        }
    }

    /** An operation and where it sits. */
    record Operation(String pointer, JsonNode node) {}

    private final JsonNode spec;
    private final List<Example> examples = new ArrayList<>();
    private final List<SchemaSite> schemas = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();

    private SpecWalker(JsonNode spec) {
        this.spec = spec;
    }

    /** Walks the whole document. */
    static SpecWalker walk(JsonNode spec) {
        SpecWalker walker = new SpecWalker(spec);
        walker.paths();
        walker.components();
        return walker;
    }

    List<Example> examples() {
        return List.copyOf(examples);
    }

    List<SchemaSite> schemas() {
        return List.copyOf(schemas);
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Escapes one JSON Pointer reference token. */
    static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private void paths() {
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            String pathPointer = "/paths/" + token(path.getKey());
            JsonNode item = path.getValue();
            if (item.has("$ref")) {
                throw new UnsupportedOperationException("path item $ref at " + pathPointer);
            }
            eachUnlessRef(pathPointer + "/parameters", item.path("parameters"), this::parameterOrHeader);
            for (Map.Entry<String, JsonNode> entry : item.properties()) {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    operation(pathPointer + "/" + entry.getKey(), entry.getValue());
                }
            }
        }
    }

    private void operation(String pointer, JsonNode operation) {
        operations.add(new Operation(pointer, operation));
        if (operation.has("callbacks")) {
            throw new UnsupportedOperationException("callbacks at " + pointer);
        }
        eachUnlessRef(pointer + "/parameters", operation.path("parameters"), this::parameterOrHeader);
        JsonNode body = operation.path("requestBody");
        if (body.isObject() && !body.has("$ref")) {
            content(pointer + "/requestBody", body);
        }
        eachUnlessRef(pointer + "/responses", operation.path("responses"), this::response);
    }

    private void components() {
        JsonNode components = spec.path("components");
        for (Map.Entry<String, JsonNode> schema : components.path("schemas").properties()) {
            schema("/components/schemas/" + token(schema.getKey()), schema.getValue(), schema.getKey());
        }
        eachUnlessRef("/components/responses", components.path("responses"), this::response);
        eachUnlessRef("/components/requestBodies", components.path("requestBodies"), this::content);
        eachUnlessRef("/components/parameters", components.path("parameters"), this::parameterOrHeader);
        eachUnlessRef("/components/headers", components.path("headers"), this::parameterOrHeader);
    }

    private void response(String pointer, JsonNode response) {
        content(pointer, response);
        eachUnlessRef(pointer + "/headers", response.path("headers"), this::parameterOrHeader);
    }

    private void parameterOrHeader(String pointer, JsonNode parameter) {
        JsonNode schema = parameter.get("schema");
        if (schema != null) {
            schema(pointer + "/schema", schema, null);
        }
        examplesOf(pointer, parameter, schema);
        content(pointer, parameter);
    }

    /** The media types under {@code content} of a response, request body, parameter or header. */
    private void content(String pointer, JsonNode holder) {
        for (Map.Entry<String, JsonNode> mediaType : holder.path("content").properties()) {
            String mediaPointer = pointer + "/content/" + token(mediaType.getKey());
            JsonNode schema = mediaType.getValue().get("schema");
            if (schema != null) {
                schema(mediaPointer + "/schema", schema, null);
            }
            examplesOf(mediaPointer, mediaType.getValue(), schema);
        }
    }

    private void examplesOf(String pointer, JsonNode holder, JsonNode schema) {
        if (holder.has("example")) {
            String at = pointer + "/example";
            examples.add(new Example(at, at, holder.get("example"), schema));
        }
        for (Map.Entry<String, JsonNode> named : holder.path("examples").properties()) {
            String usedAt = pointer + "/examples/" + token(named.getKey());
            JsonNode example = named.getValue();
            String definedAt = usedAt;
            if (example.has("$ref")) {
                String ref = example.get("$ref").asText();
                if (!ref.startsWith(EXAMPLE_PREFIX)) {
                    throw new UnsupportedOperationException("example $ref " + ref + " at " + usedAt);
                }
                String name = ref.substring(EXAMPLE_PREFIX.length());
                definedAt = "/components/examples/" + token(name);
                example = spec.path("components").path("examples").path(name);
                if (example.isMissingNode()) {
                    throw new IllegalStateException(usedAt + " refers to a missing example " + ref);
                }
            }
            if (!example.has("value")) {
                throw new UnsupportedOperationException("example without an inline value at " + definedAt);
            }
            examples.add(new Example(usedAt, definedAt + "/value", example.get("value"), schema));
        }
    }

    private void schema(String pointer, JsonNode schema, String componentName) {
        schemas.add(new SchemaSite(pointer, schema, componentName));
        if (!schema.isObject() || schema.has("$ref")) {
            return;
        }
        if (schema.has("example")) {
            String at = pointer + "/example";
            examples.add(new Example(at, at, schema.get("example"), schema));
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            schema(pointer + "/properties/" + token(property.getKey()), property.getValue(), null);
        }
        for (String keyword : List.of("items", "additionalProperties", "not")) {
            if (schema.path(keyword).isObject()) {
                schema(pointer + "/" + keyword, schema.get(keyword), null);
            }
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode parts = schema.path(keyword);
            for (int i = 0; i < parts.size(); i++) {
                schema(pointer + "/" + keyword + "/" + i, parts.get(i), null);
            }
        }
    }

    private interface Visit {
        void at(String pointer, JsonNode node);
    }

    /** Visits each member of a map or list, except those that are only a {@code $ref}. */
    private static void eachUnlessRef(String pointer, JsonNode container, Visit visit) {
        if (container.isArray()) {
            for (int i = 0; i < container.size(); i++) {
                if (!container.get(i).has("$ref")) {
                    visit.at(pointer + "/" + i, container.get(i));
                }
            }
        } else {
            for (Map.Entry<String, JsonNode> entry : container.properties()) {
                if (!entry.getValue().has("$ref")) {
                    visit.at(pointer + "/" + token(entry.getKey()), entry.getValue());
                }
            }
        }
    }
}
