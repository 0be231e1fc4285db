package ai.mihu.sdk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What {@link EnvelopeDecoder} needs to know about a 2xx body before mapping it: whether it is a
 * JSON object, what its {@code success} and {@code message} say, and whether it has a non-null
 * {@code data}.
 *
 * <p>Found by streaming over the top-level fields and skipping every nested value, so the body is
 * checked for JSON syntax to its end without building a tree of it; mapping the body straight into
 * the models afterwards then costs one set of objects instead of a tree plus the models. Where a
 * field is repeated, the last one counts, as in a tree.
 */
record EnvelopeShape(
        boolean isObject,
        @Nullable JsonNode success,
        @Nullable JsonNode message,
        boolean hasData) {

    /**
     * Scans a body.
     *
     * @throws IOException a {@link com.fasterxml.jackson.core.JacksonException} when it is not valid JSON
     */
    static EnvelopeShape scan(ObjectMapper mapper, byte[] body) throws IOException {
        JsonFactory factory = mapper.getFactory();
        try (JsonParser parser = factory.createParser(body)) {
            parser.setCodec(mapper);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // Read to the end of the value anyway, so broken JSON is reported as such.
                parser.skipChildren();
                return new EnvelopeShape(false, null, null, false);
            }
            JsonNode success = null;
            JsonNode message = null;
            boolean hasData = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    // The two flags are small and read rarely: kept as nodes, read as a tree would be.
                    case "success" -> success = parser.readValueAsTree();
                    case "message" -> message = parser.readValueAsTree();
                    case "data" -> {
                        hasData = value != JsonToken.VALUE_NULL;
                        parser.skipChildren();
                    }
                    default -> parser.skipChildren();
                }
            }
            return new EnvelopeShape(true, success, message, hasData);
        }
    }
}
