package ai.mihu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.Guideline;
import ai.mihu.sdk.model.Note;
import ai.mihu.sdk.model.Procedure;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the guide's "Manage an agent" code against the embedded server, which keeps the agents. */
class ManageAgentExampleTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private MockMihuServer server;
    private MihuClient client;

    @BeforeEach
    void start() {
        server = MockMihuServer.builder().start();
        client = MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(server.apiToken())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void storedAgentHasEveryChangeOfTheLifecycleAndKeepsTheRest() {
        Agent created = client.agents().create(CreateAgentExample.buildRequest());
        UUID procedureUuid = created.getProcedures().get(0).getUuid();

        Agent returned = ManageAgentExample.manage(client, created, out);

        Agent stored = server.agent(created.getAgentUuid()).orElseThrow();
        assertThat(stored.getNotes())
                .extracting(Note::getContent)
                .containsExactly(
                        "The spring catalogue ships on 1 March.", "Demos run thirty minutes and need no installation.");
        assertThat(stored.getGuidelines())
                .extracting(Guideline::getContent)
                .containsExactly(
                        "Ask which product line the caller is interested in.", "Keep answers under thirty seconds.");
        assertThat(stored.getDescription()).isEqualTo("Qualifies inbound leads and books product demos.");
        assertThat(created.getCustomPrompt()).isNotNull();
        assertThat(stored.getCustomPrompt()).isNull();
        assertThat(stored.getProcedures()).extracting(Procedure::getUuid).doesNotContain(procedureUuid);
        // Left out of every change: kept as created.
        assertThat(stored.getName()).isEqualTo("Sales Agent");
        assertThat(stored.getObjective()).isEqualTo(created.getObjective());
        assertThat(stored.getGuardRules()).hasSameSizeAs(created.getGuardRules());
        assertThat(returned.getAgentUuid()).isEqualTo(created.getAgentUuid());
        assertThat(returned.getProcedures()).isEqualTo(stored.getProcedures());
    }

    @Test
    void callsEachOperationOfTheLifecycleOnceInOrderAndTheSecondDeleteIsA404() {
        Agent created = client.agents().create(CreateAgentExample.buildRequest());

        ManageAgentExample.manage(client, created, out);

        List<RecordedRequest> calls = server.recordedRequests();
        assertThat(calls)
                .extracting(call -> call.operationId().orElseThrow())
                .containsExactly(
                        "createAgent",
                        "addAgentNote",
                        "replaceAgentGuidelines",
                        "updateAgent",
                        "listAgents",
                        "deleteAgentProcedure",
                        "deleteAgentProcedure");
        assertThat(calls)
                .extracting(call -> call.responseStatus().orElseThrow())
                .containsExactly(201, 200, 200, 200, 200, 200, 404);
        assertThat(calls.get(3).body()).contains("\"custom_prompt\":null").doesNotContain("\"name\"");
    }

    @Test
    void printsWhatEachStepChanged() {
        Agent other = client.agents()
                .create(CreateAgentRequests.builder("Support Agent").build());
        Agent created = client.agents().create(CreateAgentExample.buildRequest());

        ManageAgentExample.manage(client, created, out);

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(0, 7))
                .containsExactly(
                        "Added a note:            1 -> 2 notes",
                        "Replaced the guidelines: [Ask which product line the caller is interested in.,"
                                + " Keep answers under thirty seconds.]",
                        "Updated the description: Qualifies inbound leads and books product demos.",
                        "Cleared the custom prompt: none left",
                        "Listed: Support Agent (" + other.getAgentUuid() + ")",
                        "Listed: Sales Agent (" + created.getAgentUuid() + ")",
                        "Deleted a procedure:     0 left");
        assertThat(lines.get(7)).startsWith("Already deleted: HTTP 404 ").contains("NOT_FOUND");
    }

    @Test
    void rejectsAnAgentWithoutAProcedureBeforeChangingIt() {
        Agent created = client.agents()
                .create(CreateAgentRequests.builder("Support Agent").build());

        assertThatThrownBy(() -> ManageAgentExample.manage(client, created, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no procedure to delete");
        assertThat(server.recordedRequests()).hasSize(1);
    }
}
