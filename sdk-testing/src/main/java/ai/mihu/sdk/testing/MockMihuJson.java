package ai.mihu.sdk.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings the mock shares with the API: snake_case names come from the generated models'
 * annotations, unset values are left out, and timestamps are ISO-8601 strings.
 */
final class MockMihuJson {

    /** Reads requests and writes responses; undeclared request properties are ignored, as the spec allows. */
    static final ObjectMapper MAPPER = baseBuilder().build();

    /**
     * Copies a create request into an agent. It fails on a property the agent lacks, so a spec change
     * that adds a request field without a matching response field is noticed instead of dropped.
     */
    static final ObjectMapper STRICT_MAPPER = baseBuilder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MockMihuJson() {}

    private static JsonMapper.Builder baseBuilder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // "{...} trailing garbage" is not valid JSON, even if it starts with an object.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Writes a model as UTF-8 JSON; the models are plain data, so this cannot fail in practice. */
    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Checks that a JSON tree the mock is about to store reads as a model with nothing left over.
     *
     * @throws IllegalStateException if it does not: the contract accepted a request the models
     *     cannot hold (a request property without a response counterpart), reported instead of
     *     being dropped
     */
    static void requireShapeOf(JsonNode tree, Class<?> type) {
        try {
            STRICT_MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The change leaves a " + type.getSimpleName() + " the models cannot read: " + e.getMessage(), e);
        }
    }

    /** A deep copy of a model, so callers cannot change the mock's state through what it hands out. */
    static <T> T copy(T value, Class<T> type) {
        return MAPPER.convertValue(value, type);
    }
}
