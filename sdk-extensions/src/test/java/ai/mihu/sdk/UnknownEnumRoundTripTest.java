package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Enum values a newer server sends survive the SDK's own mapper both ways, and a decoded agent
 * can be sent back with them (read-modify-write), while a value built in code still cannot.
 */
class UnknownEnumRoundTripTest {

    private final ObjectMapper mapper = JsonMapperFactory.create();

    private ObjectNode agentWithNewerValues() throws Exception {
        return (ObjectNode) mapper.readTree("""
                {"agent_uuid": "5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f", "name": "Sales Agent",
                 "status": "archived",
                 "routing_rules": [{"detection_mode": "semantic", "priority": 1}],
                 "guard_rules": [{"name": "Human requested", "then_action": "escalate_to_supervisor"}],
                 "webhooks": [{"url": "https://hooks.example/mihu", "events": ["conversation_status", "sentiment_alert"]}]}
                """);
    }

    @Test
    void decodedModelIsWrittenBackWithExactlyTheStringsItRead() throws Exception {
        ObjectNode received = agentWithNewerValues();

        Agent agent = mapper.treeToValue(received, Agent.class);
        JsonNode written = mapper.valueToTree(agent);

        assertThat(agent.getStatus().value()).isEqualTo("archived");
        assertThat(written).isEqualTo(received);
    }

    @Test
    void readModifyWriteSendsBackValuesTheServerSent() throws Exception {
        Agent agent = mapper.treeToValue(agentWithNewerValues(), Agent.class);

        CreateAgentRequest copy = CreateAgentRequests.builder(agent.getName() + " (copy)")
                .status(agent.getStatus())
                .addGuardRule(g -> g.name("Human requested")
                        .thenAction(agent.getGuardRules().get(0).getThenAction()))
                .build();

        JsonNode sent = mapper.valueToTree(copy);
        assertThat(sent.get("status").asText()).isEqualTo("archived");
        assertThat(sent.at("/guard_rules/0/then_action").asText()).isEqualTo("escalate_to_supervisor");
    }

    @Test
    void aMisspeltValueBuiltInCodeIsNotSent() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> CreateAgentRequests.builder("Sales Agent")
                        .status(AgentStatus.of("archivd"))
                        .addGuardRule(g -> g.thenAction(GuardRuleAction.of("Forward")))
                        .build());

        assertThat(e.violations())
                .extracting(InvalidRequestException.Violation::path)
                .containsExactly("guard_rules[0].then_action", "status");
        assertThat(e.violations().get(1).message()).contains("\"archivd\"").contains("pending, ready, in_progress");
    }
}
