package ai.mihu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Translates OpenAPI 3.0 Schema Objects into a JSON Schema 2020-12 document that a standard
 * validator understands.
 *
 * <p>The differences handled: {@code nullable: true} adds {@code "null"} to the {@code type} of
 * the same schema object and does nothing else, as OpenAPI 3.0.3 defines it (so an {@code enum},
 * or an {@code allOf} that leads to one, still refuses null unless it lists null itself, which
 * is how strict validators read it); component
 * references {@code #/components/schemas/X} become {@code #/$defs/X}, siblings of a
 * {@code $ref} are dropped (OpenAPI 3.0 ignores them), boolean {@code exclusiveMinimum} and
 * {@code exclusiveMaximum} become the numeric form, and annotations that JSON Schema does not
 * know ({@code example}, {@code xml}, {@code externalDocs}) are dropped. Keywords this spec has
 * no use for and whose meaning a plain translation would get wrong ({@code discriminator})
 * fail loudly instead of being half-supported.
 *
 * <p>In strict mode every object schema that declares {@code properties} and says nothing about
 * {@code additionalProperties} gets {@code additionalProperties: false}, so an unknown property
 * anywhere in the instance is an error. Free-form maps ({@code additionalProperties: true})
 * stay open. Strict mode assumes that object schemas are not combined with {@code allOf}; the
 * spec's no-inline-objects rule keeps it that way.
 */
final class OpenApiToJsonSchema {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    private static final Set<String> DROPPED_ANNOTATIONS = Set.of("example", "xml", "externalDocs");
    private static final Set<String> UNSUPPORTED = Set.of("discriminator");

    private final JsonNode componentSchemas;
    private final boolean forbidUnknownProperties;

    /**
     * @param spec the whole OpenAPI document, for its {@code components/schemas}
     * @param forbidUnknownProperties whether objects with declared properties reject others
     */
    OpenApiToJsonSchema(JsonNode spec, boolean forbidUnknownProperties) {
        this.componentSchemas = spec.path("components").path("schemas");
        this.forbidUnknownProperties = forbidUnknownProperties;
    }

    /** A self-contained JSON Schema document for the given OpenAPI schema. */
    ObjectNode document(JsonNode openApiSchema) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("$schema", DIALECT);
        document.set("allOf", JsonNodeFactory.instance.arrayNode().add(translate(openApiSchema)));
        ObjectNode defs = document.putObject("$defs");
        for (Map.Entry<String, JsonNode> component : componentSchemas.properties()) {
            defs.set(component.getKey(), translate(component.getValue()));
        }
        return document;
    }

    /** A self-contained JSON Schema document for the named component schema. */
    ObjectNode documentForComponent(String name) {
        if (!componentSchemas.has(name)) {
            throw new IllegalArgumentException("no component schema " + name);
        }
        return document(JsonNodeFactory.instance.objectNode().put("$ref", COMPONENT_PREFIX + name));
    }

    private JsonNode translate(JsonNode schema) {
        if (schema.isBoolean()) {
            return schema;
        }
        if (!schema.isObject()) {
            throw new IllegalArgumentException("not a schema: " + schema);
        }
        if (schema.has("$ref")) {
            return JsonNodeFactory.instance
                    .objectNode()
                    .put("$ref", translateRef(schema.get("$ref").asText()));
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (UNSUPPORTED.contains(keyword)) {
                throw new UnsupportedOperationException(keyword + " is not translated: " + schema);
            }
            if (DROPPED_ANNOTATIONS.contains(keyword)
                    || keyword.equals("nullable")
                    || keyword.equals("exclusiveMinimum")
                    || keyword.equals("exclusiveMaximum")) {
                continue;
            }
            switch (keyword) {
                case "properties" -> {
                    ObjectNode properties = result.putObject("properties");
                    value.properties().forEach(p -> properties.set(p.getKey(), translate(p.getValue())));
                }
                case "items", "not", "additionalProperties" -> result.set(keyword, translate(value));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode parts = result.putArray(keyword);
                    value.forEach(part -> parts.add(translate(part)));
                }
                default -> result.set(keyword, value.deepCopy());
            }
        }
        moveExclusiveBound(schema, result, "exclusiveMinimum", "minimum");
        moveExclusiveBound(schema, result, "exclusiveMaximum", "maximum");
        if (forbidUnknownProperties && schema.has("properties") && !schema.has("additionalProperties")) {
            result.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false) && schema.path("type").isTextual()) {
            result.putArray("type").add(schema.get("type").asText()).add("null");
        }
        return result;
    }

    private static void moveExclusiveBound(JsonNode schema, ObjectNode result, String exclusive, String bound) {
        if (schema.path(exclusive).asBoolean(false) && schema.has(bound)) {
            result.set(exclusive, schema.get(bound));
            result.remove(bound);
        }
    }

    private String translateRef(String ref) {
        if (!ref.startsWith(COMPONENT_PREFIX)) {
            throw new UnsupportedOperationException("only references to component schemas are translated: " + ref);
        }
        String name = ref.substring(COMPONENT_PREFIX.length());
        if (!componentSchemas.has(name)) {
            throw new IllegalArgumentException("reference to a missing component schema: " + ref);
        }
        return "#/$defs/" + name;
    }
}
