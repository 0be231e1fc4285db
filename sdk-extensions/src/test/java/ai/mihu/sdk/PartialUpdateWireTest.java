package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import ai.mihu.sdk.OperationTable.OperationCase;
import ai.mihu.sdk.spec.SpecSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three states of every property of every {@code PATCH} body the spec has, as they go over the
 * wire: left out (unchanged on the server), {@code null} (cleared; only for nullable properties)
 * and a value. Walks the spec's {@code PATCH} operations, so a new one is covered without a change
 * here; each request is sent by the SDK to a loopback fake and read back from it.
 */
class PartialUpdateWireTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final SpecSchemas SPEC = SpecSchemas.ofProjectSpec();
    private static final ObjectMapper MAPPER = JsonMapperFactory.create();

    /** One property of one PATCH body. */
    record PatchProperty(OperationCase operation, String schema, SpecSchemas.Property property) {

        boolean nullable() {
            return property.schema().path("nullable").asBoolean(false);
        }

        @Override
        public String toString() {
            return schema + "." + property.name() + (nullable() ? " (nullable)" : "");
        }
    }

    static List<EveryOperationTest.SpecOperation> patchOperations() {
        return EveryOperationTest.SPEC_OPERATIONS.values().stream()
                .filter(op -> op.method().equals("PATCH"))
                .toList();
    }

    static Stream<PatchProperty> patchProperties() {
        return patchOperations().stream().flatMap(spec -> {
            OperationCase op = OperationTable.ALL.stream()
                    .filter(o -> o.operationId().equals(spec.id()))
                    .findFirst()
                    .orElseThrow();
            return SPEC.properties(spec.requestSchema()).values().stream()
                    .map(property -> new PatchProperty(op, spec.requestSchema(), property));
        });
    }

    @BeforeEach
    void answerEveryRequest() {
        server.resetAll();
    }

    @Test
    void everyPatchBodyIsMarkedAsAPartialUpdate() {
        assertThat(patchOperations()).as("PATCH operations in the spec").hasSizeGreaterThanOrEqualTo(7);
        for (EveryOperationTest.SpecOperation op : patchOperations()) {
            assertThat(SPEC.schema(op.requestSchema())
                            .path("x-mihu-partial-update")
                            .asBoolean(false))
                    .as(op.requestSchema() + " has x-mihu-partial-update: true")
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patchProperties")
    void sendsEachStateOfThePropertyAsItsOwnJson(PatchProperty patch) throws Exception {
        EveryOperationTest.SpecOperation spec =
                EveryOperationTest.SPEC_OPERATIONS.get(patch.operation().operationId());
        server.stubFor(any(anyUrl()).willReturn(json(200, spec.successExample().toString())));
        String name = patch.property().name();
        Class<?> type = patch.operation().bodyType();
        Optional<Method> clear = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals("clear" + SpecSchemas.pascal(name)) && m.getParameterCount() == 0)
                .findFirst();

        // Left out: not in the JSON, unless the reference requires it on every update.
        Object untouched = requiredOnly(patch);
        JsonNode sent = send(patch, untouched);
        assertThat(sent.has(name))
                .as(patch + " left out")
                .isEqualTo(patch.property().required());
        assertThat(sent.path(name).isNull())
                .as(patch + " left out is not a null")
                .isFalse();

        // A value: sent as that value.
        Object withValue = requiredOnly(patch);
        JsonNode value = setSample(withValue, patch);
        if (value != null) {
            assertThat(send(patch, withValue).get(name))
                    .as(patch + " with a value")
                    .isEqualTo(value);
        }

        if (!patch.nullable()) {
            assertThat(clear)
                    .as(patch + ": no clear method on a property that cannot be null")
                    .isEmpty();
            return;
        }
        if (patch.property().isArray()
                || SPEC.referencedSchema(patch.property().schema()).isPresent()) {
            return;
        }
        assertThat(clear)
                .as(patch + " has clear" + SpecSchemas.pascal(name) + "()")
                .isPresent();

        // Cleared: an explicit JSON null.
        Object cleared = requiredOnly(patch);
        clear.get().invoke(cleared);
        JsonNode clearedJson = send(patch, cleared);
        assertThat(clearedJson.has(name) && clearedJson.get(name).isNull())
                .as(patch + " cleared is sent as null: " + clearedJson)
                .isTrue();
        assertThat(type.getMethod("getClearedProperties").invoke(cleared)).isEqualTo(Set.of(name));

        // Cleared, then given a value: the value wins.
        if (value != null) {
            setSample(cleared, patch);
            assertThat(send(patch, cleared).get(name))
                    .as(patch + " cleared then set")
                    .isEqualTo(value);
            assertThat(type.getMethod("getClearedProperties").invoke(cleared)).isEqualTo(Set.of());
        }
    }

    @Test
    void clearingSeveralPropertiesSendsEachAsNullAndKeepsTheOthers() {
        server.stubFor(any(anyUrl())
                .willReturn(json(
                        200,
                        EveryOperationTest.SPEC_OPERATIONS
                                .get("updateAgent")
                                .successExample()
                                .toString())));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            client.agents()
                    .update(
                            Fixtures.AGENT_UUID,
                            ai.mihu.sdk.builders.UpdateAgentRequests.builder()
                                    .name("Volvo Service Agent")
                                    .clearCustomPrompt()
                                    .clearTimezone()
                                    .description("Books service slots")
                                    .build());
        }
        JsonNode sent = readBody();
        assertThat(sent)
                .isEqualTo(MAPPER.createObjectNode()
                        .put("name", "Volvo Service Agent")
                        .put("description", "Books service slots")
                        .putNull("custom_prompt")
                        .putNull("timezone"));
    }

    private JsonNode send(PatchProperty patch, Object body) {
        server.resetRequests();
        try (MihuClient client =
                Fixtures.clientFor(server.getPort()).maxRetries(0).build()) {
            List<String> ids = patch.operation().idParameters().size() == 2
                    ? List.of(Fixtures.AGENT_UUID, "0b6c1f4e-3d2a-4b5c-8e7f-9a0b1c2d3e4f")
                    : List.of(Fixtures.AGENT_UUID);
            assertThatNoException()
                    .as(patch + " sent")
                    .isThrownBy(() -> patch.operation().sync().call(client, ids, body));
        }
        return readBody();
    }

    private static JsonNode readBody() {
        try {
            return MAPPER.readTree(
                    server.getAllServeEvents().get(0).getRequest().getBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The body with only what the reference requires on every update, from the spec's example. */
    private static Object requiredOnly(PatchProperty patch) throws Exception {
        JsonNode example = EveryOperationTest.SPEC_OPERATIONS
                .get(patch.operation().operationId())
                .requestExample();
        ObjectNode required = MAPPER.createObjectNode();
        SPEC.schema(patch.schema()).path("required").forEach(n -> required.set(n.asText(), example.get(n.asText())));
        return MAPPER.treeToValue(required, patch.operation().bodyType());
    }

    /** Sets the property to a sample of its Java type and returns its expected JSON, or null if it has no simple sample. */
    private static JsonNode setSample(Object body, PatchProperty patch) throws Exception {
        String setter = "set" + SpecSchemas.pascal(patch.property().name());
        for (Method method : body.getClass().getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                Object sample = sample(method.getParameterTypes()[0]);
                if (sample == null) {
                    return null;
                }
                method.invoke(body, sample);
                // Through text, as the fake reads it: a Float would otherwise compare unequal to the double read.
                return MAPPER.readTree(MAPPER.writeValueAsString(sample));
            }
        }
        throw new AssertionError("no " + setter + " on " + body.getClass().getSimpleName());
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "sample value";
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Integer.class) {
            return 7;
        }
        if (type == Float.class) {
            return 0.5f;
        }
        if (type == UUID.class) {
            return UUID.fromString("7a9e2b1c-4d3f-4e5a-8b6c-0d1e2f3a4b5c");
        }
        if (type == URI.class) {
            return URI.create("https://hooks.example.com/mihu");
        }
        return null;
    }
}
