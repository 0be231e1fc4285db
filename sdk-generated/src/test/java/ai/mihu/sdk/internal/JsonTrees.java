package ai.mihu.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/** Reading JSON fixtures and comparing JSON trees. */
final class JsonTrees {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Orders two JSON values as equal when they are the same JSON value. Numbers are compared by
     * value, so {@code 123} and {@code 123.0} (what a {@code double} field writes back) are equal;
     * everything else must match exactly, including the presence of each property.
     */
    static final Comparator<JsonNode> SAME_JSON_VALUE = (left, right) -> {
        if (left.equals(right)) {
            return 0;
        }
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0 ? 0 : 1;
        }
        return 1;
    };

    private JsonTrees() {}

    /** Whether two trees hold the same JSON, numbers compared by value. */
    static boolean sameJson(JsonNode left, JsonNode right) {
        return left.equals(SAME_JSON_VALUE, right);
    }

    /** A JSON text as a tree. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a test class-path resource. */
    static String resource(String name) {
        try (InputStream in = JsonTrees.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
