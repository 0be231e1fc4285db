package ai.mihu.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Reads the spec as the jar ships it (from the class path, i.e. target/classes) and the test
 * fixtures, as Jackson trees. Duplicate keys fail the read: YAML would otherwise keep the last
 * one without a word.
 */
final class SpecResources {

    static final String YAML = "/ai/mihu/spec/openapi.yaml";
    static final String JSON = "/ai/mihu/spec/openapi.json";
    static final String REFERENCE_REQUEST = "/reference/create-agent-request.json";
    static final String REFERENCE_RESPONSE = "/reference/create-agent-response.json";

    private static final ObjectMapper YAML_MAPPER =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON_MAPPER =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SpecResources() {}

    /** The shipped YAML spec as a tree. */
    static JsonNode specTree() {
        return read(YAML, YAML_MAPPER);
    }

    /** The shipped YAML spec as text. */
    static String specText() {
        try (InputStream in = open(YAML)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON resource of the test class path as a tree. */
    static JsonNode jsonTree(String resource) {
        return read(resource, JSON_MAPPER);
    }

    /** Where a class-path resource lives. */
    static URL url(String resource) {
        URL url = SpecResources.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test class path; did the build render it?");
        }
        return url;
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = open(resource)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        return url(resource).openStream();
    }
}
