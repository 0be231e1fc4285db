package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * {@code status} and {@code speed} are "an enum or null" in the reference. The spec writes them
 * as a nullable string that is {@code anyOf} [the enum, not a string]: the string must be one of
 * the enum's values and the only non-string the type admits is null. Null is then valid even where
 * {@code nullable} only widens the {@code type} of its own schema object, as OpenAPI 3.0.3 says
 * and strict validators read it; {@code nullable: true} beside an {@code allOf} of the enum is not
 * enough. (Null-only branches written as {@code enum: [null]} were tried: Prism then skips body
 * validation, or swagger-request-validator refuses null.)
 */
class NullableEnumsTest {

    private static final JsonNode SPEC = SpecResources.specTree();
    private static final ExampleValidator STRICT = new ExampleValidator(SPEC, true);

    @Test
    void statusAndSpeedMayBeNullInACreateRequest() {
        ObjectNode request = example("CreateAgentRequestExample");
        request.putNull("status").putNull("speed");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest")).isEmpty();
    }

    @Test
    void statusAndSpeedMayBeNullInTheAgentOfEveryResponse() {
        ObjectNode created = example("CreateAgentResponseExample");
        ((ObjectNode) created.get("data")).putNull("status").putNull("speed");
        ObjectNode changed = example("AgentResponseExample");
        ((ObjectNode) changed.get("data")).putNull("status").putNull("speed");
        ObjectNode listed = example("AgentListResponseExample");
        ((ObjectNode) listed.at("/data/items/0")).putNull("status").putNull("speed");

        assertThat(STRICT.violationsOfComponent(created, "CreateAgentResponse")).isEmpty();
        assertThat(STRICT.violationsOfComponent(changed, "AgentResponse")).isEmpty();
        assertThat(STRICT.violationsOfComponent(listed, "AgentListResponse")).isEmpty();
    }

    @Test
    void aStatusOutsideTheEnumIsStillRefused() {
        ObjectNode request = example("CreateAgentRequestExample");
        request.put("status", "archived");
        ObjectNode created = example("CreateAgentResponseExample");
        ((ObjectNode) created.get("data")).put("status", "archived");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/status"));
        assertThat(STRICT.violationsOfComponent(created, "CreateAgentResponse"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/data/status"));
    }

    @Test
    void nullableBesideAnAllOfOfTheEnumWouldRefuseNull() {
        // The shape the spec used before: it shows that the tests above can fail, and why it changed.
        ObjectNode nullableAllOf =
                JsonNodeFactory.instance.objectNode().put("type", "string").put("nullable", true);
        nullableAllOf.putArray("allOf").addObject().put("$ref", "#/components/schemas/AgentStatus");

        assertThat(STRICT.violations(NullNode.getInstance(), nullableAllOf)).isNotEmpty();
        assertThat(STRICT.violations(
                        NullNode.getInstance(), SPEC.at("/components/schemas/CreateAgentRequest/properties/status")))
                .isEmpty();
    }

    private static ObjectNode example(String name) {
        return SPEC.at("/components/examples/" + name + "/value").deepCopy();
    }
}
