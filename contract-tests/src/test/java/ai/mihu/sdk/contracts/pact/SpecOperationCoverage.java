package ai.mihu.sdk.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which operations of the spec the interactions of pact files exercise: an interaction exercises
 * an operation when its method is the operation's and its path fits the operation's path template
 * (each {@code {parameter}} standing for one path segment).
 */
final class SpecOperationCoverage {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SpecOperation> operations;

    private SpecOperationCoverage(List<SpecOperation> operations) {
        this.operations = List.copyOf(operations);
    }

    /**
     * Reads the operations of a spec.
     *
     * @param spec the OpenAPI document
     * @return the coverage check for its operations
     */
    static SpecOperationCoverage of(Path spec) {
        JsonNode paths = read(YAML, spec).path("paths");
        List<SpecOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> path = paths.fields(); path.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = path.next();
            for (Iterator<Map.Entry<String, JsonNode>> method = entry.getValue().fields(); method.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = method.next();
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new SpecOperation(
                            operation.getValue().path("operationId").asText(),
                            operation.getKey().toUpperCase(Locale.ROOT),
                            entry.getKey()));
                }
            }
        }
        return new SpecOperationCoverage(operations);
    }

    /**
     * The spec's operations.
     *
     * @return every operation, in the spec's order
     */
    List<SpecOperation> operations() {
        return operations;
    }

    /**
     * The operations no interaction of the given pact files exercises.
     *
     * @param pactFiles the pacts
     * @return the operations without an interaction, in the spec's order; empty when all have one
     */
    List<SpecOperation> missingFrom(List<Path> pactFiles) {
        List<SpecOperation> missing = new ArrayList<>(operations);
        for (Path pactFile : pactFiles) {
            for (JsonNode interaction : read(JSON, pactFile).path("interactions")) {
                String method =
                        interaction.path("request").path("method").asText().toUpperCase(Locale.ROOT);
                String path = interaction.path("request").path("path").asText();
                missing.removeIf(operation -> operation.isExercisedBy(method, path));
            }
        }
        return missing;
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * One operation of the spec.
     *
     * @param operationId its {@code operationId}
     * @param method its HTTP method, upper case
     * @param pathTemplate its path, such as {@code /api/v1/agents/{uuid}/notes}
     */
    record SpecOperation(String operationId, String method, String pathTemplate) {

        boolean isExercisedBy(String requestMethod, String requestPath) {
            return method.equals(requestMethod)
                    && pathPattern().matcher(requestPath).matches();
        }

        private Pattern pathPattern() {
            StringBuilder regex = new StringBuilder();
            for (String part : pathTemplate.split("\\{[^}/]+}", -1)) {
                if (!regex.isEmpty()) {
                    regex.append("[^/]+");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString());
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + pathTemplate + ")";
        }
    }
}
