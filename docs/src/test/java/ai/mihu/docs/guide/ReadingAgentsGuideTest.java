package ai.mihu.docs.guide;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.internal.invoker.ApiClient;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Source of the guide's "Read the agent you created" section. The region between the docs
 * markers is cut into the page at build time; these tests run it on the agent the spec's own
 * example response describes, decoded with the generated client's mapper, and pin what the page
 * says about it.
 */
class ReadingAgentsGuideTest {

    private final ObjectMapper mapper = new ApiClient().getObjectMapper();

    @Test
    void readsTheCreatedAgentFromTheSpecExample() throws IOException {
        Agent agent = decode(exampleAgentJson());

        AgentSummary summary = summarize(agent);

        assertThat(summary.text()).isEqualTo("Sales Agent (5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f)");
        assertThat(summary.knownStatus()).isTrue();
        assertThat(summary.guidelineCount())
                .isEqualTo(agent.getGuidelines().size())
                .isPositive();
    }

    @Test
    void statusUnknownToThisSdkDecodesInsteadOfFailing() throws IOException {
        ObjectNode json = exampleAgentJson();
        json.put("status", "a_status_added_later");

        Agent agent = decode(json);

        assertThat(agent.getStatus().value()).isEqualTo("a_status_added_later");
        assertThat(agent.getStatus().known()).isEqualTo(AgentStatus.Known.UNKNOWN);
        assertThat(summarize(agent).knownStatus()).isFalse();
    }

    @Test
    void listLeftOutByTheServerIsNullAndCountsAsNone() throws IOException {
        ObjectNode json = exampleAgentJson();
        json.remove("guidelines");

        Agent agent = decode(json);

        assertThat(agent.getGuidelines()).isNull();
        assertThat(summarize(agent).guidelineCount()).isZero();
    }

    private static AgentSummary summarize(Agent agent) {
        // docs:start read-created-agent
        String summary = agent.getName() + " (" + agent.getAgentUuid() + ")";
        // A status added to the API after this SDK was released is kept as
        // the server sent it: getStatus().value() gives it, isKnown() is false.
        boolean knownStatus = agent.getStatus() != null && agent.getStatus().isKnown();
        // Lists the server left out of its answer are null, not empty.
        int guidelineCount =
                agent.getGuidelines() == null ? 0 : agent.getGuidelines().size();
        // docs:end read-created-agent
        return new AgentSummary(summary, knownStatus, guidelineCount);
    }

    private Agent decode(JsonNode agentJson) throws IOException {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("success", true);
        envelope.put("message", "Agent created successfully");
        envelope.set("data", agentJson);
        return mapper.treeToValue(envelope, CreateAgentResponse.class).getData();
    }

    /** The agent of the spec's CreateAgentResponseExample, read from the mihu-spec artifact. */
    private ObjectNode exampleAgentJson() throws IOException {
        try (InputStream spec = getClass().getResourceAsStream("/ai/mihu/spec/openapi.json")) {
            assertThat(spec).as("openapi.json from the mihu-spec artifact").isNotNull();
            JsonNode agent = mapper.readTree(spec).at("/components/examples/CreateAgentResponseExample/value/data");
            assertThat(agent.isObject()).as("the example response's agent").isTrue();
            return (ObjectNode) agent;
        }
    }

    private record AgentSummary(String text, boolean knownStatus, int guidelineCount) {}
}
