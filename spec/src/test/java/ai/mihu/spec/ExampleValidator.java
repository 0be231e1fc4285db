package ai.mihu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates JSON instances against the spec's OpenAPI schemas, via {@link OpenApiToJsonSchema}
 * and the networknt JSON Schema validator. Formats ({@code uuid}, {@code date-time}) are
 * asserted, not just annotated.
 */
final class ExampleValidator {

    private final OpenApiToJsonSchema translation;
    private final SchemaRegistry registry;
    // Every translated document gets its own location, so the registry never mixes up two of them.
    private final AtomicInteger documents = new AtomicInteger();

    /**
     * @param spec the whole OpenAPI document
     * @param forbidUnknownProperties whether objects with declared properties reject others
     */
    ExampleValidator(JsonNode spec, boolean forbidUnknownProperties) {
        this.translation = new OpenApiToJsonSchema(spec, forbidUnknownProperties);
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    }

    /** What is wrong with the instance against the given (possibly inline) OpenAPI schema; empty when valid. */
    List<String> violations(JsonNode instance, JsonNode openApiSchema) {
        return check(instance, translation.document(openApiSchema));
    }

    /** What is wrong with the instance against the named component schema; empty when valid. */
    List<String> violationsOfComponent(JsonNode instance, String componentName) {
        return check(instance, translation.documentForComponent(componentName));
    }

    private List<String> check(JsonNode instance, JsonNode jsonSchema) {
        SchemaLocation location = SchemaLocation.of("urn:mihu:openapi-schema:" + documents.incrementAndGet());
        Schema schema = registry.getSchema(location, jsonSchema);
        List<Error> errors = schema.validate(instance);
        return errors.stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }
}
