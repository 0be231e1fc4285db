package ai.mihu.sdk.builders;

import static ai.mihu.sdk.builders.SalesAgentFixture.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** What the builders put on the wire: the JSON the client will send for a built request. */
class CreateAgentRequestJsonTest {

    @Test
    void fullyPopulatedAgentSerialisesToExactlyTheExpectedJson() throws Exception {
        CreateAgentRequest request = SalesAgentFixture.fullyPopulated().build();

        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("fully-populated-agent.json")) {
            expected = JSON.readTree(in);
        }
        JsonNode actual = JSON.valueToTree(request);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void minimalAgentSendsOnlyTheName() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent").build();

        assertThat(JSON.valueToTree(request).toString()).isEqualTo("{\"name\":\"Sales Agent\"}");
    }

    @Test
    void builderWithoutNameArgumentTakesTheNameFromTheSetter() {
        CreateAgentRequest request =
                CreateAgentRequests.builder().name("Support Agent").build();

        assertThat(request.getName()).isEqualTo("Support Agent");
    }

    @Test
    void enumsAreSentAsTheirWireValues() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .status(AgentStatus.IN_PROGRESS)
                .speed(AgentSpeed.FAST)
                .build();

        JsonNode json = JSON.valueToTree(request);
        assertThat(json.get("status").asText()).isEqualTo("in_progress");
        assertThat(json.get("speed").asText()).isEqualTo("fast");
    }
}
