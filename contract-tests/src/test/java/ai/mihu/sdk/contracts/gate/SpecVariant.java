package ai.mihu.sdk.contracts.gate;

import ai.mihu.sdk.contracts.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A copy of the real spec with one deliberate change, written to a file, so that each gate test
 * starts from the spec the project actually releases.
 */
final class SpecVariant {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final ObjectNode spec;

    private SpecVariant(ObjectNode spec) {
        this.spec = spec;
    }

    static SpecVariant ofRealSpec() {
        try {
            return new SpecVariant(
                    (ObjectNode) YAML.readTree(ProjectFiles.spec().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a JSON pointer, such as {@code /components/schemas/Agent/properties}. */
    ObjectNode object(String pointer) {
        JsonNode node = spec.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("No object at " + pointer + " in the spec");
        }
        return (ObjectNode) node;
    }

    /** The array at a JSON pointer, such as {@code /components/schemas/AgentStatus/enum}. */
    ArrayNode array(String pointer) {
        JsonNode node = spec.at(pointer);
        if (!node.isArray()) {
            throw new IllegalArgumentException("No array at " + pointer + " in the spec");
        }
        return (ArrayNode) node;
    }

    SpecVariant change(Consumer<SpecVariant> change) {
        change.accept(this);
        return this;
    }

    SpecVariant withVersion(String version) {
        object("/info").put("version", version);
        return this;
    }

    Path writeTo(Path directory) {
        Path file = directory.resolve("candidate-openapi.yaml");
        try {
            YAML.writeValue(file.toFile(), spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
