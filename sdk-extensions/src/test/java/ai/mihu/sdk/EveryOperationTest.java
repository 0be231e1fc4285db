package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENT_UUID;
import static ai.mihu.sdk.Fixtures.errorBody;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.OperationTable.OperationCase;
import ai.mihu.sdk.OperationTable.Variant;
import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.BadRequestException;
import ai.mihu.sdk.errors.ConflictException;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.NotFoundException;
import ai.mihu.sdk.errors.PermissionDeniedException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import ai.mihu.sdk.spec.SpecSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the spec, through each of its four SDK methods, against a loopback fake
 * answering with the spec's own examples: the exact method, path and wire JSON; the answer's data
 * decoded with every field intact; each error status as its typed exception; the retry rule its
 * HTTP method implies; and invalid ids and bodies rejected with nothing sent. Driven by the spec:
 * an operation the spec has and {@link OperationTable} lacks fails the first test.
 */
class EveryOperationTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final SpecSchemas SPEC = SpecSchemas.ofProjectSpec();
    private static final ObjectMapper MAPPER = JsonMapperFactory.create();
    private static final String ITEM_UUID = "0b6c1f4e-3d2a-4b5c-8e7f-9a0b1c2d3e4f";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** What the spec says about one operation. */
    record SpecOperation(String id, String method, String path, JsonNode operation) {

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path with the agent's and the item's ids in place. */
        String concretePath() {
            String concrete = path.replace("{uuid}", AGENT_UUID);
            return PATH_PARAMETER.matcher(concrete).replaceAll(ITEM_UUID);
        }

        JsonNode requestExample() {
            JsonNode examples = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("examples");
            return resolve(examples.elements().next()).path("value");
        }

        JsonNode successExample() {
            JsonNode response = resolve(operation.path("responses").path("200"));
            JsonNode examples =
                    response.path("content").path("application/json").path("examples");
            return resolve(examples.elements().next()).path("value");
        }

        String requestSchema() {
            String ref = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asText();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
    }

    static final Map<String, SpecOperation> SPEC_OPERATIONS = specOperations();

    private static Map<String, SpecOperation> specOperations() {
        Map<String, SpecOperation> operations = new LinkedHashMap<>();
        SPEC.root()
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (method.getValue().has("operationId")) {
                        String id = method.getValue().get("operationId").asText();
                        operations.put(
                                id,
                                new SpecOperation(id, method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            JsonNode target = SPEC.root();
            for (String part : current.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    static Stream<OperationCase> operations() {
        return OperationTable.ALL.stream();
    }

    static Stream<Arguments> operationsAndVariants() {
        return OperationTable.ALL.stream()
                .flatMap(op -> op.variants().stream().map(variant -> Arguments.of(op, variant)));
    }

    private static SpecOperation spec(OperationCase op) {
        return SPEC_OPERATIONS.get(op.operationId());
    }

    private static List<String> ids(OperationCase op) {
        return op.idParameters().size() == 2
                ? List.of(AGENT_UUID, ITEM_UUID)
                : op.idParameters().isEmpty() ? List.of() : List.of(AGENT_UUID);
    }

    /** The spec's request example as the generated model, with its explicit nulls cleared. */
    private static Object exampleBody(OperationCase op) throws Exception {
        if (op.bodyType() == null) {
            return null;
        }
        JsonNode example = spec(op).requestExample();
        Object body = MAPPER.treeToValue(example, op.bodyType());
        for (Iterator<Map.Entry<String, JsonNode>> fields = example.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                op.bodyType()
                        .getMethod("clear" + SpecSchemas.pascal(field.getKey()))
                        .invoke(body);
            }
        }
        return body;
    }

    private static MihuClient client(int maxRetries) {
        return Fixtures.clientFor(server.getPort())
                .maxRetries(maxRetries)
                .retryBackoff(java.time.Duration.ZERO, java.time.Duration.ZERO)
                .build();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    @Test
    void theTableHasEveryOperationOfTheSpecWithItsPathIds() {
        assertThat(OperationTable.ALL)
                .extracting(OperationCase::operationId)
                .as("operations in OperationTable, and so in the SDK")
                .containsExactlyInAnyOrderElementsOf(SPEC_OPERATIONS.keySet());
        for (OperationCase op : OperationTable.ALL) {
            SpecOperation spec = spec(op);
            assertThat(op.idParameters()).as(op + " path ids").hasSameSizeAs(spec.pathParameters());
            assertThat(op.bodyType() != null)
                    .as(op + " has a body")
                    .isEqualTo(spec.operation().has("requestBody"));
            if (op.bodyType() != null) {
                assertThat(op.bodyType().getSimpleName()).as(op + " body type").isEqualTo(spec.requestSchema());
            }
        }
        assertThat(SPEC_OPERATIONS)
                .as("the 24 documented operations and create")
                .hasSize(25);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("operationsAndVariants")
    void sendsTheDocumentedRequestAndDecodesTheDocumentedAnswer(OperationCase op, Variant variant) throws Exception {
        SpecOperation spec = spec(op);
        JsonNode answer = spec.successExample();
        server.stubFor(any(urlPathEqualTo(spec.concretePath())).willReturn(json(200, answer.toString())));

        Object result;
        try (MihuClient client = client(0)) {
            result = variant.invoke(client, ids(op), exampleBody(op));
        }

        List<ServeEvent> events = server.getAllServeEvents();
        assertThat(events).as("requests sent").hasSize(1);
        var request = events.get(0).getRequest();
        assertThat(request.getMethod().getName()).isEqualTo(spec.method());
        assertThat(request.getUrl()).isEqualTo(spec.concretePath());
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + Fixtures.TOKEN);
        if (op.bodyType() == null) {
            assertThat(request.getBody()).as("body of " + op).isEmpty();
        } else {
            assertThat(MAPPER.readTree(request.getBody()))
                    .as("wire JSON of " + op)
                    .isEqualTo(spec.requestExample());
        }

        Object data = result;
        if (variant.withResponse()) {
            MihuResponse<?> response = (MihuResponse<?>) result;
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.attempts()).isEqualTo(1);
            data = response.data();
        }
        JsonNode decoded = MAPPER.valueToTree(data);
        assertThat(decoded).as("decoded data of " + op).isEqualTo(withoutNulls(answer.get("data")));
    }

    /** The models leave out what is null, as absent and null read the same; so does the comparison. */
    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    strip(field.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(EveryOperationTest::strip);
        }
    }

    static Stream<Arguments> operationsAndErrorStatuses() {
        Map<Integer, Class<? extends MihuException>> statuses = new LinkedHashMap<>();
        statuses.put(400, BadRequestException.class);
        statuses.put(401, AuthenticationException.class);
        statuses.put(403, PermissionDeniedException.class);
        statuses.put(404, NotFoundException.class);
        statuses.put(409, ConflictException.class);
        statuses.put(422, UnprocessableEntityException.class);
        statuses.put(429, RateLimitException.class);
        statuses.put(500, InternalServerException.class);
        statuses.put(502, InternalServerException.class);
        statuses.put(503, ServiceUnavailableException.class);
        statuses.put(504, InternalServerException.class);
        return OperationTable.ALL.stream()
                .flatMap(op -> statuses.entrySet().stream()
                        .map(status -> Arguments.of(op, status.getKey(), status.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("operationsAndErrorStatuses")
    void mapsEachErrorStatusToItsTypedException(OperationCase op, int status, Class<? extends MihuException> type)
            throws Exception {
        server.stubFor(any(urlPathEqualTo(spec(op).concretePath()))
                .willReturn(json(status, errorBody("Refused", "code_" + status, null, null))));
        try (MihuClient client = client(0)) {
            for (Variant variant : op.variants()) {
                Throwable thrown = catchThrowable(() -> variant.invoke(client, ids(op), exampleBody(op)));
                assertThat(thrown).as(op + " " + variant + " on " + status).isInstanceOf(type);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void retriesAnAmbiguousFailureOnlyWhereRepeatingIsSafe(OperationCase op) throws Exception {
        SpecOperation spec = spec(op);
        // A POST adds or provisions something: repeated after a 500, it could do so twice.
        boolean repeatable = !spec.method().equals("POST");
        for (Variant variant : op.variants()) {
            server.resetAll();
            server.stubFor(any(urlPathEqualTo(spec.concretePath()))
                    .inScenario("flaky")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(json(500, errorBody("Oops", "internal", null, null)))
                    .willSetStateTo("recovered"));
            server.stubFor(any(urlPathEqualTo(spec.concretePath()))
                    .inScenario("flaky")
                    .whenScenarioStateIs("recovered")
                    .willReturn(json(200, spec.successExample().toString())));
            Throwable thrown;
            try (MihuClient client = client(1)) {
                thrown = catchThrowable(() -> variant.invoke(client, ids(op), exampleBody(op)));
            }
            int requests = server.getAllServeEvents().size();
            if (repeatable) {
                assertThat(thrown)
                        .as(op + " " + variant + " retried after a 500")
                        .isNull();
                assertThat(requests).as(op + " " + variant + " requests").isEqualTo(2);
            } else {
                assertThat(thrown)
                        .as(op + " " + variant + " not retried after a 500")
                        .isInstanceOf(InternalServerException.class);
                assertThat(((MihuException) thrown).attempts()).isEqualTo(1);
                assertThat(requests).as(op + " " + variant + " requests").isEqualTo(1);
            }
        }
    }

    static Stream<Arguments> operationsWithIdsAndBadIds() {
        List<String> bad = Arrays.asList(
                null,
                "",
                "   ",
                "not-a-uuid",
                "../../api/v1/agents",
                AGENT_UUID + "/../x",
                AGENT_UUID + "?x=1",
                "5f1d7a2c8b4e4c3a9e6f1a2b3c4d5e6f",
                "1-2-3-4-5");
        return OperationTable.ALL.stream()
                .filter(op -> !op.idParameters().isEmpty())
                .flatMap(op -> op.idParameters().stream()
                        .flatMap(parameter -> bad.stream().map(value -> Arguments.of(op, parameter, value))));
    }

    @ParameterizedTest(name = "{0}: {1} = \"{2}\"")
    @MethodSource("operationsWithIdsAndBadIds")
    void rejectsAnInvalidPathIdNamingItWithNothingSent(OperationCase op, String parameter, String value)
            throws Exception {
        List<String> ids = new ArrayList<>(ids(op));
        ids.set(op.idParameters().indexOf(parameter), value);
        try (MihuClient client = client(2)) {
            for (Variant variant : op.variants()) {
                Throwable thrown = catchThrowable(() -> variant.invoke(client, ids, exampleBody(op)));
                assertThat(thrown).as(op + " " + variant).isInstanceOf(InvalidRequestException.class);
                assertThat(((InvalidRequestException) thrown).violations())
                        .as(op + " " + variant)
                        .extracting(InvalidRequestException.Violation::path)
                        .containsExactly(parameter);
                assertThat(((InvalidRequestException) thrown).attempts()).isZero();
            }
        }
        assertThat(server.getAllServeEvents()).as("requests sent").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void rejectsAMissingOrInvalidBodyWithNothingSent(OperationCase op) throws Exception {
        if (op.bodyType() == null) {
            return;
        }
        Set<String> required = new TreeSet<>();
        SPEC.schema(spec(op).requestSchema()).path("required").forEach(name -> required.add(name.asText()));
        List<Object> invalid = new ArrayList<>();
        invalid.add(null);
        if (!required.isEmpty()) {
            invalid.add(op.bodyType().getConstructor().newInstance());
        }
        try (MihuClient client = client(2)) {
            for (Object body : invalid) {
                for (Variant variant : op.variants()) {
                    Throwable thrown = catchThrowable(() -> variant.invoke(client, ids(op), body));
                    assertThat(thrown)
                            .as(op + " " + variant + " with " + body)
                            .isInstanceOf(InvalidRequestException.class);
                    if (body != null) {
                        assertThat(((InvalidRequestException) thrown).violations())
                                .extracting(InvalidRequestException.Violation::path)
                                .as("the required properties of " + op)
                                .containsAll(required);
                    }
                }
            }
        }
        assertThat(server.getAllServeEvents()).as("requests sent").isEmpty();
    }

    @Test
    void everyOperationHasTheIdempotencyItsHttpMethodImplies() throws Exception {
        Map<String, Idempotency> byOperationName = new LinkedHashMap<>();
        for (var field : Operations.class.getDeclaredFields()) {
            if (field.getType() == Operation.class) {
                Operation<?, ?> operation = (Operation<?, ?>) field.get(null);
                byOperationName.put(operation.name().replace(" ", "").toLowerCase(), operation.idempotency());
            }
        }
        Map<String, String> mismatches = new LinkedHashMap<>();
        for (SpecOperation spec : SPEC_OPERATIONS.values()) {
            Idempotency expected = switch (spec.method()) {
                case "POST" -> Idempotency.NOT_IDEMPOTENT;
                case "DELETE" -> Idempotency.DELETE;
                default -> Idempotency.IDEMPOTENT;
            };
            Idempotency actual = byOperationName.get(spec.id().toLowerCase());
            if (actual != expected) {
                mismatches.put(spec.id(), "expected " + expected + ", is " + actual);
            }
        }
        assertThat(mismatches)
                .as("operations whose Idempotency does not follow their HTTP method")
                .isEmpty();
        assertThat(byOperationName.keySet())
                .as("Operations constants")
                .isEqualTo(SPEC_OPERATIONS.keySet().stream()
                        .map(String::toLowerCase)
                        .collect(Collectors.toSet()));
    }
}
