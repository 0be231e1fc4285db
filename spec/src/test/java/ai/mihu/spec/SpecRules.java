package ai.mihu.spec;

import ai.mihu.spec.SpecWalker.SchemaSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * House rules of the spec that no OpenAPI validator checks. Each rule returns the JSON Pointers
 * (with a short reason) of the places that break it, so a failing test names them all.
 */
final class SpecRules {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private SpecRules() {}

    /** Component schemas without a description. */
    static List<String> componentSchemasWithoutDescription(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        for (SchemaSite site : SpecWalker.walk(spec).schemas()) {
            if (!site.isInline() && !hasDescription(site.schema())) {
                broken.add(site.pointer());
            }
        }
        return broken;
    }

    /**
     * Properties of any schema without a description. A property that is only a {@code $ref}
     * (OpenAPI 3.0 ignores a description beside it) counts as described when the component it
     * points to is.
     */
    static List<String> propertiesWithoutDescription(JsonNode spec) {
        JsonNode components = spec.path("components").path("schemas");
        List<String> broken = new ArrayList<>();
        for (SchemaSite site : SpecWalker.walk(spec).schemas()) {
            for (Map.Entry<String, JsonNode> property :
                    site.schema().path("properties").properties()) {
                JsonNode schema = property.getValue();
                boolean described = schema.has("$ref")
                        ? hasDescription(
                                components.path(componentName(schema.get("$ref").asText())))
                        : hasDescription(schema);
                if (!described) {
                    broken.add(site.pointer() + "/properties/" + SpecWalker.token(property.getKey()));
                }
            }
        }
        return broken;
    }

    /** Operations without a description. */
    static List<String> operationsWithoutDescription(JsonNode spec) {
        return SpecWalker.walk(spec).operations().stream()
                .filter(operation -> !hasDescription(operation.node()))
                .map(SpecWalker.Operation::pointer)
                .toList();
    }

    /**
     * Inline schemas that the generator would turn into a class of its own with a made-up name
     * (like {@code CreateAgentRequestNotesInner}): objects that declare properties, objects that
     * are not free-form maps, and enums. Free-form maps ({@code additionalProperties: true} or a
     * schema) may be inline: they become {@code Map}s. A boolean enum may be inline too (the
     * envelopes' {@code success}): the generator makes no type of it, the property stays a
     * {@code Boolean}.
     */
    static List<String> inlineNamedTypes(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        for (SchemaSite site : SpecWalker.walk(spec).schemas()) {
            JsonNode schema = site.schema();
            if (!site.isInline() || schema.has("$ref")) {
                continue;
            }
            if (schema.has("properties")) {
                broken.add(site.pointer() + " declares properties inline");
            } else if (isObject(schema) && !isFreeFormMap(schema)) {
                broken.add(site.pointer() + " is an inline object that is not a free-form map");
            }
            if (schema.has("enum") && !isBooleanEnum(schema)) {
                broken.add(site.pointer() + " declares an enum inline");
            }
        }
        return broken;
    }

    private static boolean isBooleanEnum(JsonNode schema) {
        return "boolean".equals(schema.path("type").asText());
    }

    private static boolean isObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) || schema.has("additionalProperties");
    }

    private static boolean isFreeFormMap(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isObject() || additional.asBoolean(false);
    }

    private static boolean hasDescription(JsonNode node) {
        return !node.path("description").asText("").isBlank();
    }

    private static String componentName(String ref) {
        return ref.startsWith(COMPONENT_PREFIX) ? ref.substring(COMPONENT_PREFIX.length()) : ref;
    }
}
