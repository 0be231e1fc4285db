package ai.mihu.sdk.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Reads an OpenAPI document (by default spec/openapi.yaml, the one the SDK is generated from) and
 * answers what the spec-driven tests ask: which schemas request bodies use, what kind each property
 * is, and the {@code x-mihu-*} extensions that shape the generated Java.
 */
public final class SpecSchemas {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final JsonNode root;

    private SpecSchemas(JsonNode root) {
        this.root = root;
    }

    /**
     * The spec the SDK is built from, read from the reactor's spec module.
     *
     * @return the spec
     */
    public static SpecSchemas ofProjectSpec() {
        return of(Path.of("..", "spec", "openapi.yaml"));
    }

    /**
     * Any OpenAPI document in YAML.
     *
     * @param file the document
     * @return the spec
     */
    public static SpecSchemas of(Path file) {
        try {
            return new SpecSchemas(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole document. */
    public JsonNode root() {
        return root;
    }

    /** Names of all component schemas, in the spec's order. */
    public List<String> schemaNames() {
        List<String> names = new ArrayList<>();
        root.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The component schema called {@code name}. */
    public JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return schema;
    }

    /** Whether {@code name} is an enum schema. */
    public boolean isEnum(String name) {
        return schema(name).has("enum");
    }

    /** The component schemas request bodies use, directly or through properties, items and compositions. */
    public Set<String> requestSchemas() {
        Set<String> found = new LinkedHashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        root.path("paths")
                .forEach(path -> path.forEach(operation -> {
                    JsonNode body = operation.path("requestBody");
                    if (body.has("$ref")) {
                        body = resolve(body.get("$ref").asText());
                    }
                    body.path("content").forEach(media -> pending.add(media.path("schema")));
                }));
        while (!pending.isEmpty()) {
            JsonNode schema = pending.pop();
            if (schema.has("$ref")) {
                String name = refName(schema.get("$ref").asText());
                if (found.add(name)) {
                    pending.add(schema(name));
                }
                continue;
            }
            schema.path("properties").forEach(pending::add);
            if (schema.has("items")) {
                pending.add(schema.get("items"));
            }
            if (schema.path("additionalProperties").isObject()) {
                pending.add(schema.get("additionalProperties"));
            }
            for (String composition : List.of("allOf", "oneOf", "anyOf")) {
                schema.path(composition).forEach(pending::add);
            }
        }
        return found;
    }

    /** The object schemas among {@link #requestSchemas()}, those that get a builder. */
    public List<String> requestObjectSchemas() {
        return requestSchemas().stream().filter(name -> !isEnum(name)).toList();
    }

    /** The enum schemas of the spec. */
    public List<String> enumSchemas() {
        return schemaNames().stream().filter(this::isEnum).toList();
    }

    /** The properties of an object schema, by JSON name, in the spec's order. */
    public Map<String, Property> properties(String schemaName) {
        Map<String, Property> properties = new LinkedHashMap<>();
        JsonNode schema = schema(schemaName);
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            properties.put(
                    field.getKey(), new Property(field.getKey(), field.getValue(), required.contains(field.getKey())));
        }
        return properties;
    }

    /** The enum schema a property refers to, directly or through a single {@code allOf}, if any. */
    public Optional<String> enumOf(JsonNode propertySchema) {
        return referencedSchema(propertySchema).filter(this::isEnum);
    }

    /** The component schema a property refers to, directly or through a single {@code allOf}, if any. */
    public Optional<String> referencedSchema(JsonNode propertySchema) {
        if (propertySchema.has("$ref")) {
            return Optional.of(refName(propertySchema.get("$ref").asText()));
        }
        JsonNode allOf = propertySchema.path("allOf");
        if (allOf.size() == 1 && allOf.get(0).has("$ref")) {
            return Optional.of(refName(allOf.get(0).get("$ref").asText()));
        }
        return Optional.empty();
    }

    private JsonNode resolve(String ref) {
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static String refName(String ref) {
        if (!ref.startsWith(SCHEMA_REF)) {
            throw new IllegalArgumentException("not a schema reference: " + ref);
        }
        return ref.substring(SCHEMA_REF.length());
    }

    /** {@code snake_case} as the generator names Java properties: {@code lowerCamelCase}. */
    public static String camel(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_' || c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** {@code snake_case} as {@code UpperCamelCase}. */
    public static String pascal(String snake) {
        String camel = camel(snake);
        return camel.isEmpty() ? camel : camel.substring(0, 1).toUpperCase(Locale.ROOT) + camel.substring(1);
    }

    /**
     * One property of an object schema.
     *
     * @param name the JSON name
     * @param schema the property's schema
     * @param required whether the object requires it
     */
    public record Property(String name, JsonNode schema, boolean required) {

        /**
         * The Java name the generator gives it, which is also the builder's setter name: a Java
         * keyword (such as an intent parameter's {@code default}) gets the generator's {@code _} prefix.
         */
        public String javaName() {
            String camel = camel(name);
            return SourceVersion.isKeyword(camel) ? "_" + camel : camel;
        }

        /** A string-valued {@code x-mihu-*} extension, if present. */
        public Optional<String> extension(String key) {
            JsonNode value = schema.get(key);
            return value == null ? Optional.empty() : Optional.of(value.asText());
        }

        /** Whether the property is a list. */
        public boolean isArray() {
            return "array".equals(schema.path("type").asText());
        }

        /** The list's item schema. */
        public JsonNode items() {
            return schema.path("items");
        }

        /** Whether the property is a free-form JSON object. */
        public boolean isFreeFormObject() {
            return "object".equals(schema.path("type").asText()) && !schema.has("properties");
        }

        /** The name of the builder method that appends an item to this list property. */
        public String adderName() {
            return "add"
                    + extension("x-mihu-item-name").map(SpecSchemas::pascal).orElse(pascal(name) + "Item");
        }
    }
}
