package ai.mihu.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * House rules for the operations, which the SDK and its generated client are built on. Like
 * {@link SpecRules}, each rule returns the places that break it with a short reason, so a failing
 * test names them all.
 */
final class OperationRules {

    private static final String JSON = "application/json";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final String PARAMETER_PREFIX = "#/components/parameters/";
    private static final String RESPONSE_PREFIX = "#/components/responses/";
    private static final String EXAMPLE_PREFIX = "#/components/examples/";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    private static final List<String> EVERY_OPERATION_ERRORS =
            List.of("400", "401", "403", "422", "429", "500", "502", "503");

    private OperationRules() {}

    /**
     * Operations without an {@code operationId} or a tag, and {@code operationId}s used twice: the
     * generator names the Java method after the id and the API class after the first tag.
     */
    static List<String> operationsWithoutIdOrTag(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (SpecWalker.Operation operation : SpecWalker.walk(spec).operations()) {
            String id = operation.node().path("operationId").asText("");
            if (id.isBlank()) {
                broken.add(operation.pointer() + " has no operationId");
            } else if (seen.putIfAbsent(id, operation.pointer()) != null) {
                broken.add(operation.pointer() + " reuses the operationId " + id + " of " + seen.get(id));
            }
            JsonNode tags = operation.node().path("tags");
            if (!tags.isArray() || tags.isEmpty()) {
                broken.add(operation.pointer() + " has no tag");
            }
        }
        return broken;
    }

    /**
     * Operations whose JSON request body, or one of whose 2xx responses, has no example: the
     * reference page, the docs and a spec-driven mock all show one.
     */
    static List<String> operationsWithoutExamples(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        for (SpecWalker.Operation operation : SpecWalker.walk(spec).operations()) {
            JsonNode body = operation.node().path("requestBody");
            if (!body.isMissingNode() && !hasExample(spec, body.path("content").path(JSON))) {
                broken.add(operation.pointer() + "/requestBody has no example");
            }
            for (Map.Entry<String, JsonNode> response :
                    operation.node().path("responses").properties()) {
                if (response.getKey().startsWith("2")
                        && !hasExample(
                                spec,
                                resolveResponse(spec, response.getValue())
                                        .path("content")
                                        .path(JSON))) {
                    broken.add(operation.pointer() + "/responses/" + response.getKey() + " has no example");
                }
            }
        }
        return broken;
    }

    /**
     * Path variables that are not a required {@code format: uuid} path parameter defined once
     * under {@code components/parameters} and referenced by the operation, and parameters declared
     * inline instead.
     */
    static List<String> pathVariablesNotSharedUuidParameters(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (method.getKey().equals("parameters")) {
                    continue;
                }
                String pointer = "/paths/" + SpecWalker.token(path.getKey()) + "/" + method.getKey();
                Map<String, JsonNode> pathParameters = new HashMap<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                method.getValue().path("parameters").forEach(declared::add);
                for (JsonNode reference : declared) {
                    String ref = reference.path("$ref").asText("");
                    if (!ref.startsWith(PARAMETER_PREFIX)) {
                        broken.add(
                                pointer + " declares a parameter inline instead of referring to components/parameters");
                        continue;
                    }
                    JsonNode parameter =
                            spec.path("components").path("parameters").path(ref.substring(PARAMETER_PREFIX.length()));
                    if ("path".equals(parameter.path("in").asText())) {
                        pathParameters.put(parameter.path("name").asText(), parameter);
                    }
                }
                Matcher variables = PATH_VARIABLE.matcher(path.getKey());
                while (variables.find()) {
                    String name = variables.group(1);
                    JsonNode parameter = pathParameters.get(name);
                    if (parameter == null) {
                        broken.add(pointer + " has no path parameter for {" + name + "}");
                    } else if (!parameter.path("required").asBoolean(false)
                            || !"string"
                                    .equals(parameter
                                            .path("schema")
                                            .path("type")
                                            .asText())
                            || !"uuid"
                                    .equals(parameter
                                            .path("schema")
                                            .path("format")
                                            .asText())) {
                        broken.add(pointer + " path parameter {" + name + "} is not a required string of format uuid");
                    }
                }
            }
        }
        return broken;
    }

    /**
     * Envelopes whose {@code success} can take the wrong value: on a 2xx answer it must be an
     * {@code enum} of {@code true} alone, on an error answer of {@code false} alone. Without it a
     * spec-driven mock (Prism) makes up {@code "success": false} on a 200, which the SDK rightly
     * refuses. A JSON answer whose schema declares no {@code success} counts as broken too.
     */
    static List<String> envelopesWithAnOpenSuccessFlag(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        for (SpecWalker.Operation operation : SpecWalker.walk(spec).operations()) {
            for (Map.Entry<String, JsonNode> response :
                    operation.node().path("responses").properties()) {
                JsonNode media = resolveResponse(spec, response.getValue())
                        .path("content")
                        .path(JSON);
                if (media.isMissingNode()) {
                    continue;
                }
                String at = operation.pointer() + "/responses/" + response.getKey();
                JsonNode success = resolveSchema(spec, media.path("schema"))
                        .path("properties")
                        .path("success");
                boolean expected = response.getKey().startsWith("2");
                JsonNode values = success.path("enum");
                if (success.isMissingNode()) {
                    broken.add(at + " declares no success flag");
                } else if (!"boolean".equals(success.path("type").asText())
                        || values.size() != 1
                        || !values.get(0).isBoolean()
                        || values.get(0).asBoolean() != expected) {
                    broken.add(at + " success is not enum [" + expected + "]");
                }
            }
        }
        return broken;
    }

    /**
     * Operations that leave out an error answer the reference documents for every endpoint (those
     * of the create operation), or, with an identifier in the path, 404.
     */
    static List<String> operationsWithoutDocumentedErrors(JsonNode spec) {
        List<String> broken = new ArrayList<>();
        for (SpecWalker.Operation operation : SpecWalker.walk(spec).operations()) {
            List<String> expected = new ArrayList<>(EVERY_OPERATION_ERRORS);
            if (PATH_VARIABLE.matcher(pathOf(operation)).find()) {
                expected.add("404");
            }
            for (String status : expected) {
                if (!operation.node().path("responses").has(status)) {
                    broken.add(operation.pointer() + " documents no " + status);
                }
            }
        }
        return broken;
    }

    /** Component schemas the generator would clash with: the feign library writes its own {@code ApiResponse}. */
    static List<String> schemasNamedLikeGeneratorClasses(JsonNode spec) {
        return spec.path("components").path("schemas").has("ApiResponse")
                ? List.of("/components/schemas/ApiResponse clashes with the generator's own model/ApiResponse.java")
                : List.of();
    }

    /** The path template of an operation, from its JSON Pointer {@code /paths/<escaped path>/<method>}. */
    private static String pathOf(SpecWalker.Operation operation) {
        String escaped = operation
                .pointer()
                .substring("/paths/".length(), operation.pointer().lastIndexOf('/'));
        return escaped.replace("~1", "/").replace("~0", "~");
    }

    private static boolean hasExample(JsonNode spec, JsonNode media) {
        if (media.has("example")) {
            return true;
        }
        for (JsonNode example : media.path("examples")) {
            String ref = example.path("$ref").asText("");
            JsonNode resolved = ref.startsWith(EXAMPLE_PREFIX)
                    ? spec.path("components").path("examples").path(ref.substring(EXAMPLE_PREFIX.length()))
                    : example;
            if (resolved.has("value")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolveResponse(JsonNode spec, JsonNode response) {
        String ref = response.path("$ref").asText("");
        return ref.startsWith(RESPONSE_PREFIX)
                ? spec.path("components").path("responses").path(ref.substring(RESPONSE_PREFIX.length()))
                : response;
    }

    private static JsonNode resolveSchema(JsonNode spec, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith(SCHEMA_PREFIX)
                ? spec.path("components").path("schemas").path(ref.substring(SCHEMA_PREFIX.length()))
                : schema;
    }
}
