package ai.mihu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.testing.MockMihuServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(agent.getCustomPrompt()).isNull();
        assertThat(agent.getProcedures()).isEmpty();
        assertThat(printed)
                .contains("using the embedded MockMihuServer at http://127.0.0.1:")
                .contains("Created agent " + agent.getAgentUuid())
                .contains("name:          Sales Agent")
                .contains("guidelines:    2")
                .contains("notes:         1")
                .contains("procedures:    1")
                .contains("routing rules: 1")
                .contains("guard rules:   1")
                .contains("Added a note:            1 -> 2 notes")
                .contains("Replaced the guidelines: [Ask which product line the caller is interested in.,")
                .contains("Updated the description: Qualifies inbound leads and books product demos.")
                .contains("Cleared the custom prompt: none left")
                .contains("Listed: Sales Agent (" + agent.getAgentUuid() + ")")
                .contains("Deleted a procedure:     0 left")
                .contains("Already deleted: HTTP 404 ");
    }

    @Test
    void quickstartUsesTheApiTheEnvironmentNamesWhenATokenIsSet() {
        try (MockMihuServer api =
                MockMihuServer.builder().apiToken("env-token-123").start()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            Map<String, String> env = Map.of("MIHU_API_TOKEN", "env-token-123", "MIHU_BASE_URL", api.baseUrl());

            Agent agent = CreateAgentExample.run(env, new PrintStream(buffer, true, StandardCharsets.UTF_8));

            assertThat(buffer.toString(StandardCharsets.UTF_8))
                    .contains("Using the Mihu API at " + api.baseUrl())
                    .doesNotContain("embedded MockMihuServer")
                    .doesNotContain("env-token-123");
            assertThat(api.createdAgents()).extracting(Agent::getAgentUuid).containsExactly(agent.getAgentUuid());
            assertThat(api.agent(agent.getAgentUuid()).orElseThrow().getDescription())
                    .isEqualTo("Qualifies inbound leads and books product demos.");
        }
    }

    @Test
    void quickstartSaysItWillCreateAnAgentOnTheRealApiBeforeSendingAnything() {
        try (MockMihuServer api =
                MockMihuServer.builder().apiToken("env-token-123").start()) {
            Map<String, String> env = Map.of("MIHU_API_TOKEN", "env-token-123", "MIHU_BASE_URL", api.baseUrl());
            List<String> linesPrintedBeforeTheFirstCall = new ArrayList<>();
            PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
                @Override
                public void println(String line) {
                    if (api.requestCount() == 0) {
                        linesPrintedBeforeTheFirstCall.add(line);
                    }
                    super.println(line);
                }
            };

            CreateAgentExample.run(env, out);

            assertThat(linesPrintedBeforeTheFirstCall)
                    .first()
                    .asString()
                    .startsWith(
                            "Using the Mihu API at " + api.baseUrl() + ": this creates an agent named \"Sales Agent\"")
                    .contains("stays there");
            assertThat(api.requestCount()).isPositive();
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
        assertThat(request.getCustomPrompt()).isNotBlank();
        assertThat(request.getLanguage()).isEqualTo("en");
        assertThat(request.getTimezone()).isEqualTo("Europe/Istanbul");
        assertThat(request.getGuidelines()).hasSize(2);
        assertThat(request.getNotes()).hasSize(1);
        assertThat(request.getProcedures())
                .singleElement()
                .satisfies(p -> assertThat(p.getSteps()).hasSize(2));
        assertThat(request.getRoutingRules()).hasSize(1);
        assertThat(request.getGuardRules()).hasSize(1);
        assertThat(request.getAppointments().getScheduleAssignments()).hasSize(1);
    }
}
