package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The request and response examples of Mihu's reference page for {@code POST /api/v1/agents}
 * (copied verbatim into src/test/resources/reference) satisfy {@code CreateAgentRequest} and
 * {@code CreateAgentResponse} with unknown properties forbidden at every level: the spec names
 * every field the reference shows, with a type that admits the reference's value.
 */
class ReferencePageExamplesTest {

    private static final JsonNode SPEC = SpecResources.specTree();
    private static final ExampleValidator STRICT = new ExampleValidator(SPEC, true);

    private final ObjectNode request = (ObjectNode) SpecResources.jsonTree(SpecResources.REFERENCE_REQUEST);
    private final ObjectNode response = (ObjectNode) SpecResources.jsonTree(SpecResources.REFERENCE_RESPONSE);

    @Test
    void referenceRequestIsACreateAgentRequestWithNoUnknownProperty() {
        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest")).isEmpty();
    }

    @Test
    void referenceResponseIsACreateAgentResponseWithNoUnknownProperty() {
        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse")).isEmpty();
    }

    @Test
    void rejectsAnUnknownPropertyDeepInTheRequest() {
        ((ObjectNode) request.at("/procedures/0/steps/0")).put("duration", 5);

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/procedures/0/steps/0").contains("duration"));
    }

    @Test
    void rejectsAnUnknownPropertyInTheResponseEnvelope() {
        response.put("request_id", "abc");

        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .anySatisfy(violation -> assertThat(violation).contains("request_id"));
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        ((ObjectNode) request.at("/routing_rules/0")).put("priority", "high");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/routing_rules/0/priority"));
    }

    @Test
    void rejectsAMalformedUuidInANullableField() {
        ((ObjectNode) request.at("/guard_rules/0")).put("destination_agent_uuid", "agent-42");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/guard_rules/0/destination_agent_uuid"));
    }

    @Test
    void rejectsASpeedOutsideTheRequestEnum() {
        request.put("speed", "slow");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/speed"));
    }

    @Test
    void rejectsAResponseWithoutTheAgent() {
        response.remove("data");

        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .anySatisfy(violation -> assertThat(violation).contains("data"));
    }

    @Test
    void acceptsNullForANullableFieldAndAnyKeyInAFreeFormMap() {
        request.putNull("description");
        ((ObjectNode) request.at("/settings/voice")).put("voice_id", "aria").put("pitch", 1.2);

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest")).isEmpty();
    }

    @Test
    void rejectsNullForAFieldThatIsNotNullable() {
        request.putNull("name");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/name"));
    }
}
