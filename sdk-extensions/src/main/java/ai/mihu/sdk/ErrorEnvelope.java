package ai.mihu.sdk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What could be read of Mihu's error envelope,
 * {@code {"success": false, "message": …, "error": {"code", "details", "field"}}}.
 *
 * <p>Read with Jackson's streaming parser so that a body cut short still yields the fields that
 * arrived before the cut, and a body that is not JSON at all (an HTML page from a proxy) yields an
 * empty envelope instead of an exception. Values of an unexpected JSON type are kept as their JSON
 * text rather than rejected.
 *
 * @param message the top-level {@code message}, or {@code null}
 * @param code {@code error.code}, or {@code null}
 * @param details {@code error.details}, or {@code null}
 * @param field {@code error.field}, or {@code null}
 * @param wellFormed whether the whole body parsed as JSON
 */
record ErrorEnvelope(
        @Nullable String message,
        @Nullable String code,
        @Nullable String details,
        @Nullable String field,
        boolean wellFormed) {

    /** Whether any part of the envelope was found. */
    boolean recognised() {
        return message != null || code != null || details != null || field != null;
    }

    static ErrorEnvelope parse(ObjectMapper mapper, byte[] body) {
        Reader reader = new Reader();
        if (body.length == 0) {
            return reader.result(false);
        }
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return reader.result(false);
            }
            reader.readTopLevel(parser);
            while (parser.nextToken() != null) {
                // Drain to find out whether anything malformed follows the envelope.
            }
            return reader.result(true);
        } catch (IOException notJsonOrCutShort) {
            return reader.result(false);
        }
    }

    /** Collects fields as the parser meets them, so that an error midway keeps what came before. */
    private static final class Reader {
        private @Nullable String message;
        private @Nullable String code;
        private @Nullable String details;
        private @Nullable String field;

        void readTopLevel(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("message".equals(name)) {
                    message = text(parser, value);
                } else if ("error".equals(name) && value == JsonToken.START_OBJECT) {
                    readError(parser);
                } else if ("error".equals(name)) {
                    // Some gateways answer {"error": "Bad gateway"}: use it when there is no message.
                    String text = text(parser, value);
                    if (message == null) {
                        message = text;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void readError(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "code" -> code = text(parser, value);
                    case "details" -> details = text(parser, value);
                    case "field" -> field = text(parser, value);
                    default -> parser.skipChildren();
                }
            }
        }

        /** A scalar as text, a structure as its JSON, {@code null} as {@code null}. */
        private static @Nullable String text(JsonParser parser, @Nullable JsonToken value) throws IOException {
            if (value == null || value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value.isStructStart()) {
                return parser.readValueAsTree().toString();
            }
            return parser.getText();
        }

        ErrorEnvelope result(boolean wellFormed) {
            return new ErrorEnvelope(message, code, details, field, wellFormed);
        }
    }
}
