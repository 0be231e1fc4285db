package ai.mihu.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.Note;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Runs the README's update code against the embedded server, which keeps the tenant's agents. */
class AgentUpdatesTest {

    @Test
    void clearsTheCustomPromptChangesTheDescriptionAndKeepsTheRest() throws Exception {
        try (MockMihuServer server = MockMihuServer.builder().start();
                MihuClient client = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(server.apiToken())
                        .build()) {
            Agent created = client.agents()
                    .create(CreateAgentRequests.builder("Volvo Service Agent")
                            .customPrompt("Mention the winter tyre offer.")
                            .addNote("Open Monday to Friday.")
                            .build());

            Agent agent = AgentUpdates.reword(client, created.getAgentUuid().toString());

            assertEquals("Volvo Service Agent", agent.getName());
            assertEquals("Books service slots and answers warranty questions.", agent.getDescription());
            assertNull(agent.getCustomPrompt());
            assertEquals(2, agent.getNotes().size());
            assertTrue(agent.getNotes().stream().map(Note::getContent).anyMatch("Open Monday to Friday."::equals));
            RecordedRequest update = server.recordedRequests().get(1);
            assertEquals("PATCH", update.method());
            assertTrue(update.body().contains("\"custom_prompt\":null"), update.body());
        }
    }
}
