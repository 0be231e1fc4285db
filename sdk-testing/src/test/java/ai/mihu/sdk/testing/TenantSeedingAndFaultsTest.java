package ai.mihu.sdk.testing;

import static ai.mihu.sdk.testing.TenantFixture.AGENT;
import static ai.mihu.sdk.testing.TenantFixture.AGENT_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.IntentEventType;
import ai.mihu.sdk.model.Note;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A test puts agents in and reads them back, and aims faults at one operation. */
class TenantSeedingAndFaultsTest {

    private MockMihuServer server;
    private MihuHttp http;

    @BeforeEach
    void startServer() {
        server = MockMihuServer.builder().start();
        http = new MihuHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anAgentPutInIsReadBackAsACopyAndResetForgetsIt() {
        Agent agent = TenantFixture.agent();
        server.putAgent(agent);
        agent.name("changed after putting it in");

        assertThat(server.agent(AGENT)).hasValue(TenantFixture.agent());
        assertThat(server.agents()).containsExactly(TenantFixture.agent());
        assertThat(server.createdAgents()).as("put, not created").isEmpty();
        server.agent(AGENT).orElseThrow().name("changed the copy");
        assertThat(server.agent(AGENT).orElseThrow().getName()).isEqualTo("Volvo Cagliari Service Agent");

        server.reset();

        assertThat(server.agents()).isEmpty();
        assertThat(server.agent(AGENT)).isEmpty();
    }

    @Test
    void puttingAnAgentWithTheSameUuidReplacesItInPlace() {
        server.putAgent(TenantFixture.agent());
        server.putAgent(new Agent().agentUuid(UUID.randomUUID()).name("Second"));

        server.putAgent(TenantFixture.agent().name("Replaced"));

        assertThat(server.agents()).extracting(Agent::getName).containsExactly("Replaced", "Second");
    }

    @Test
    void refusesAnAgentWithoutUuidOrWithMoreWebhooksThanTheApiAllows() {
        assertThatThrownBy(() -> server.putAgent(new Agent().name("No uuid")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent_uuid");
        Agent sixWebhooks = TenantFixture.agent();
        IntStream.range(0, 5).forEach(i -> sixWebhooks.addWebhooksItem(TenantFixture.webhook(UUID.randomUUID())));

        assertThatThrownBy(() -> server.putAgent(sixWebhooks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 5 webhooks")
                .hasMessageContaining("webhook_limit_reached");
        assertThat(server.agents()).isEmpty();
    }

    @Test
    void anIntentEventPutInIsAnsweredByTheApi() throws Exception {
        server.putAgent(TenantFixture.agent());
        server.putIntentEvent(
                AGENT,
                TenantFixture.INTENT,
                new IntentEvent().eventType(IntentEventType.SCENARIO).status("deployed"));

        HttpResponse<String> response =
                http.call("GET", AGENT_PATH + "/intents/" + TenantFixture.INTENT + "/event", null);

        assertThat(TenantFixture.json(response.body())
                        .path("data")
                        .path("status")
                        .asText())
                .isEqualTo("deployed");
        assertThatThrownBy(() -> server.putIntentEvent(AGENT, UUID.randomUUID(), new IntentEvent()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no intent");
    }

    @Test
    void aFaultAimedAtAnOperationWaitsForACallToItAndOthersPassItBy() throws Exception {
        server.putAgent(TenantFixture.agent());
        server.enqueueFault(Fault.status(503).forOperation("addAgentNote"));

        HttpResponse<String> list = http.call("GET", MihuHttp.AGENTS, null);
        HttpResponse<String> update = http.call("PATCH", AGENT_PATH, "{\"name\":\"Still fine\"}");
        HttpResponse<String> note = http.call("POST", AGENT_PATH + "/notes", "{\"content\":\"lost\"}");
        HttpResponse<String> noteAgain = http.call("POST", AGENT_PATH + "/notes", "{\"content\":\"kept\"}");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(update.statusCode()).isEqualTo(200);
        assertThat(note.statusCode()).isEqualTo(503);
        assertThat(noteAgain.statusCode()).isEqualTo(200);
        assertThat(server.agent(AGENT).orElseThrow().getNotes())
                .extracting(Note::getContent)
                .containsExactly("Pickup before 4 PM.", "kept");
        RecordedRequest faulted = server.recordedRequests().get(2);
        assertThat(faulted.operationId()).hasValue("addAgentNote");
        assertThat(faulted.fault())
                .get()
                .extracting(Fault::operationId)
                .isEqualTo(java.util.Optional.of("addAgentNote"));
        assertThat(server.pendingFaultCount()).isZero();
    }

    @Test
    void anUnaimedFaultStillMeetsTheNextCallWhateverItsOperation() throws Exception {
        server.putAgent(TenantFixture.agent());
        server.enqueueFault(Fault.status(503).forOperation("deleteAgentProcedure"));
        server.enqueueFault(Fault.validationError("content", "Too long.").times(2));

        HttpResponse<String> note = http.call("POST", AGENT_PATH + "/notes", "{\"content\":\"x\"}");
        HttpResponse<String> delete = http.call("DELETE", AGENT_PATH + "/procedures/" + TenantFixture.PROCEDURE, null);
        HttpResponse<String> guideline = http.call("POST", AGENT_PATH + "/guidelines", "{\"content\":\"x\"}");

        assertThat(note.statusCode()).isEqualTo(422);
        assertThat(delete.statusCode())
                .as("the aimed fault, first in line for this operation")
                .isEqualTo(503);
        assertThat(guideline.statusCode()).isEqualTo(422);
        assertThat(server.agent(AGENT)).hasValue(TenantFixture.agent());
    }

    @Test
    void faultsThatProcessTheCallChangeTheAgentAndOthersDoNot() throws Exception {
        server.putAgent(TenantFixture.agent());
        server.enqueueFault(Fault.malformedBody().forOperation("addAgentNote"));
        server.enqueueFault(Fault.dropConnection().forOperation("addAgentNote"));

        HttpResponse<String> malformed = MihuHttp.send(http.request(AGENT_PATH + "/notes")
                .header("Authorization", "Bearer " + server.apiToken())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"content\":\"processed\"}")));
        assertThatThrownBy(() -> MihuHttp.send(http.request(AGENT_PATH + "/notes")
                        .header("Authorization", "Bearer " + server.apiToken())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"content\":\"dropped\"}"))))
                .isInstanceOf(IOException.class);

        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(server.agent(AGENT).orElseThrow().getNotes())
                .extracting(Note::getContent)
                .containsExactly("Pickup before 4 PM.", "processed");
    }

    @Test
    void refusesAFaultAimedAtAnOperationTheContractLacks() {
        assertThatThrownBy(() -> server.enqueueFault(Fault.status(503).forOperation("deleteAgent")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no operation deleteAgent")
                .hasMessageContaining("updateAgent");
        assertThatThrownBy(() -> Fault.status(503).forOperation(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fault.status(503).forOperation("updateAgent").times(2).toString())
                .isEqualTo("Fault[status 503, for updateAgent, 2 times]");
    }

    @Test
    void concurrentChangesOfOneAgentLoseNoUpdate() throws Exception {
        server.putAgent(TenantFixture.agent());
        int threads = 8;
        int notesEach = 15;
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < notesEach; i++) {
                        assertThat(http.call(
                                                "POST",
                                                AGENT_PATH + "/notes",
                                                "{\"content\":\"" + thread + "-" + i + "\"}")
                                        .statusCode())
                                .isEqualTo(200);
                        // Interleaved with the adds: changes of other properties and sections of the same agent.
                        assertThat(http.call("PATCH", AGENT_PATH, "{\"description\":\"by " + thread + "\"}")
                                        .statusCode())
                                .isEqualTo(200);
                        assertThat(http.call("POST", AGENT_PATH + "/guidelines", "{\"content\":\"g\"}")
                                        .statusCode())
                                .isEqualTo(200);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join(60_000);
        }

        assertThat(failures).isEmpty();
        Agent agent = server.agent(AGENT).orElseThrow();
        List<String> expected = new ArrayList<>(List.of("Pickup before 4 PM."));
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < notesEach; i++) {
                expected.add(t + "-" + i);
            }
        }
        assertThat(agent.getNotes()).extracting(Note::getContent).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(agent.getNotes()).extracting(Note::getUuid).doesNotHaveDuplicates();
        assertThat(agent.getGuidelines()).hasSize(1 + threads * notesEach);
        assertThat(agent.getDescription()).startsWith("by ");
    }
}
