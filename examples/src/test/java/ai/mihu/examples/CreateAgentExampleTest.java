package ai.mihu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.testing.MockMihuServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateAgentExampleTest {

    @Test
    void quickstartCreatesTheAgentOnTheEmbeddedServerWhenNoTokenIsSet() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        Agent agent = CreateAgentExample.run(Map.of(), out);

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(agent.getAgentUuid()).isNotNull();
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.PENDING);
        assertThat(printed)
                .contains("using the embedded MockMihuServer at http://127.0.0.1:")
                .contains("Created agent " + agent.getAgentUuid())
                .contains("name:          Sales Agent")
                .contains("guidelines:    2")
                .contains("notes:         1")
                .contains("procedures:    1")
                .contains("routing rules: 1")
                .contains("guard rules:   1");
    }

    @Test
    void quickstartUsesTheApiTheEnvironmentNamesWhenATokenIsSet() {
        try (MockMihuServer api = MockMihuServer.builder().apiToken("env-token-123").start()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            Map<String, String> env = Map.of("MIHU_API_TOKEN", "env-token-123", "MIHU_BASE_URL", api.baseUrl());

            Agent agent = CreateAgentExample.run(env, new PrintStream(buffer, true, StandardCharsets.UTF_8));

            assertThat(buffer.toString(StandardCharsets.UTF_8))
                    .contains("Using the Mihu API at " + api.baseUrl())
                    .doesNotContain("embedded MockMihuServer")
                    .doesNotContain("env-token-123");
            assertThat(api.createdAgents()).extracting(Agent::getAgentUuid).containsExactly(agent.getAgentUuid());
        }
    }

    @Test
    void quickstartShowsValidationErrorsWithTheirJsonPaths() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        CreateAgentExample.run(Map.of(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("Not sent: name ")
                .contains("Not sent: guard_rules[0].then_action ");
    }

    @Test
    void requestCarriesEveryPartTheQuickstartPromises() {
        var request = CreateAgentExample.buildRequest();

        assertThat(request.getName()).isEqualTo("Sales Agent");
        assertThat(request.getLanguage()).isEqualTo("en");
        assertThat(request.getTimezone()).isEqualTo("Europe/Istanbul");
        assertThat(request.getGuidelines()).hasSize(2);
        assertThat(request.getNotes()).hasSize(1);
        assertThat(request.getProcedures()).singleElement()
                .satisfies(p -> assertThat(p.getSteps()).hasSize(2));
        assertThat(request.getRoutingRules()).hasSize(1);
        assertThat(request.getGuardRules()).hasSize(1);
        assertThat(request.getAppointments().getScheduleAssignments()).hasSize(1);
    }
}
