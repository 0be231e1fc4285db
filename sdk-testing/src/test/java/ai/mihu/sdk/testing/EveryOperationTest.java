package ai.mihu.sdk.testing;

import static ai.mihu.sdk.testing.TenantFixture.AGENT;
import static ai.mihu.sdk.testing.TenantFixture.AGENT_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One valid call to every operation of the contract, answered within the contract (checked by the
 * Atlassian validator's response check, undeclared properties included), and the 404 of each
 * operation that names an agent the tenant does not have.
 */
class EveryOperationTest {

    /** A call: the operation it should route to, its method, path and JSON body (null for none). */
    private record Call(String operationId, String method, String path, String body) {}

    private static final String CREATE = "{\"name\":\"Sales Agent\",\"notes\":[{\"content\":\"n\"}]}";

    /** One valid call per operation, on the fixture's agent and items. */
    private static List<Call> calls(String agentPath) {
        String agent = agentPath.substring(agentPath.lastIndexOf('/') + 1);
        return List.of(
                new Call("createAgent", "POST", MihuHttp.AGENTS, CREATE),
                new Call("listAgents", "GET", MihuHttp.AGENTS, null),
                new Call("updateAgent", "PATCH", agentPath, "{\"name\":\"Renamed\",\"custom_prompt\":null}"),
                new Call("addAgentNote", "POST", agentPath + "/notes", "{\"content\":\"Closed on Sundays.\"}"),
                new Call(
                        "addAgentGuideline",
                        "POST",
                        agentPath + "/guidelines",
                        "{\"content\":\"Be brief.\",\"order\":1}"),
                new Call(
                        "replaceAgentGuidelines",
                        "PUT",
                        agentPath + "/guidelines",
                        "{\"guidelines\":[{\"content\":\"Only this.\"}]}"),
                new Call(
                        "addAgentProcedure",
                        "POST",
                        agentPath + "/procedures",
                        "{\"name\":\"Refund\",\"steps\":[{\"order\":1}]}"),
                new Call(
                        "updateAgentProcedure",
                        "PATCH",
                        agentPath + "/procedures/" + TenantFixture.PROCEDURE,
                        "{\"description\":null,\"steps\":[]}"),
                new Call("deleteAgentProcedure", "DELETE", agentPath + "/procedures/" + TenantFixture.PROCEDURE, null),
                new Call(
                        "updateAgentTrainingExample",
                        "PATCH",
                        agentPath + "/training/" + TenantFixture.TRAINING,
                        "{\"response\":\"Five years.\"}"),
                new Call(
                        "replaceAgentTraining",
                        "PUT",
                        agentPath + "/training",
                        "{\"training\":[{\"content\":\"Q\",\"intent\":\"i\",\"response\":\"A\"}]}"),
                new Call("replaceAgentAppointments", "PUT", agentPath + "/appointments", "{\"enabled\":true}"),
                new Call(
                        "updateAgentGuardRule",
                        "PATCH",
                        agentPath + "/guard-rules/" + TenantFixture.GUARD_RULE,
                        "{\"is_active\":false,\"when_condition\":null}"),
                new Call(
                        "addAgentGuardRule",
                        "POST",
                        agentPath + "/guard-rules",
                        "{\"name\":\"Profanity\",\"then_action\":\"end_conversation\"}"),
                new Call(
                        "replaceAgentGuardRules",
                        "PUT",
                        agentPath + "/guard-rules",
                        "{\"guard_rules\":[{\"name\":\"Only\",\"then_action\":\"forward\"}]}"),
                new Call(
                        "updateAgentRoutingRule",
                        "PATCH",
                        agentPath + "/routing-rules/" + TenantFixture.ROUTING_RULE,
                        "{\"trigger_keyword\":null,\"phrases\":[\"quote\"]}"),
                new Call(
                        "addAgentRoutingRule",
                        "POST",
                        agentPath + "/routing-rules",
                        "{\"detection_mode\":\"exact\",\"trigger_keyword\":\"support\"}"),
                new Call(
                        "deleteAgentRoutingRule",
                        "DELETE",
                        agentPath + "/routing-rules/" + TenantFixture.ROUTING_RULE,
                        null),
                new Call(
                        "updateAgentIntent",
                        "PATCH",
                        agentPath + "/intents/" + TenantFixture.INTENT,
                        "{\"name\":\"Book\",\"description\":\"Books.\",\"webhook\":{\"url\":\"https://hooks.example.com/i\"}}"),
                new Call(
                        "setAgentIntentEvent",
                        "PUT",
                        agentPath + "/intents/" + TenantFixture.INTENT + "/event",
                        "{\"event_type\":\"app\",\"app_uid\":\"tables\",\"action_key\":\"ai_query\",\"config\":{\"max_results\":10}}"),
                new Call("getAgentIntentEvent", "GET", agentPath + "/intents/" + TenantFixture.INTENT + "/event", null),
                new Call(
                        "updateAgentWebhook",
                        "PATCH",
                        agentPath + "/webhooks/" + TenantFixture.WEBHOOK,
                        "{\"url\":\"https://hooks.example.com/v2\",\"events\":[\"conversation_end_report\"],\"secret_key\":\"s3cr3t\"}"),
                new Call(
                        "provisionAgentCallChannel",
                        "POST",
                        agentPath + "/channels/call/provision",
                        "{\"phone_number_uuid\":\"9b6fa423-c2b0-4de4-9f56-8192a3b4c5d6\"}"),
                new Call(
                        "assignAgentCallSipTrunk",
                        "POST",
                        agentPath + "/channels/call/sip-trunk",
                        "{\"connection_uuid\":\"8a5e9312-b1af-4cd3-8e45-708192a3b4c5\"}"),
                new Call(
                        "assignPhoneNumberTrunk",
                        "PUT",
                        "/api/v1/phone-numbers/trunks/assign",
                        "{\"phone_number\":\"+12345678901\",\"channel\":\"call\",\"agent_uuid\":\"" + agent + "\"}"));
    }

    private MockMihuServer server;
    private MihuHttp http;

    @BeforeEach
    void startServerWithTheFixture() {
        server = MockMihuServer.builder().start();
        server.putAgent(TenantFixture.agent());
        http = new MihuHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void everyOperationOfTheContractSucceedsWithAnAnswerTheContractAllows() throws Exception {
        for (Call call : calls(AGENT_PATH)) {
            HttpResponse<String> response = http.call(call.method(), call.path(), call.body()); // checks the contract

            assertThat(response.statusCode())
                    .as("%s answered %s", call.operationId(), response.body())
                    .isBetween(200, 201);
            JsonNode body = TenantFixture.json(response.body());
            assertThat(body.path("success").asBoolean()).as(call.operationId()).isTrue();
        }

        List<String> routed = server.recordedRequests().stream()
                .map(r -> r.operationId().orElseThrow())
                .toList();
        assertThat(routed)
                .containsExactlyElementsOf(
                        calls(AGENT_PATH).stream().map(Call::operationId).toList());
        assertThat(routed)
                .as("every operation of the contract is called")
                .containsExactlyInAnyOrderElementsOf(Contract.shared().operationIds());
    }

    @Test
    void everyOperationNamingAnUnknownAgentAnswers404WithTheErrorEnvelope() throws Exception {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000001");
        for (Call call : calls(MihuHttp.AGENTS + "/" + unknown)) {
            if (!call.path().startsWith(MihuHttp.AGENTS + "/")) {
                continue;
            }
            HttpResponse<String> response = http.call(call.method(), call.path(), call.body());

            assertThat(response.statusCode())
                    .as("%s answered %s", call.operationId(), response.body())
                    .isEqualTo(404);
            JsonNode body = TenantFixture.json(response.body());
            assertThat(body.path("success").asBoolean(true)).isFalse();
            assertThat(body.path("error").path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(body.path("error").path("details").asText()).contains(unknown.toString());
        }
        assertThat(server.agents()).as("nothing changed").containsExactly(TenantFixture.agent());
    }

    @Test
    void theTrunkAssignmentWhoseContractHasNo404Answers422NamingTheUnknownAgent() throws Exception {
        HttpResponse<String> response = http.call(
                "PUT",
                "/api/v1/phone-numbers/trunks/assign",
                "{\"phone_number\":\"+12345678901\",\"channel\":\"call\",\"agent_uuid\":\"00000000-0000-4000-8000-000000000001\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(TenantFixture.json(response.body())
                        .path("error")
                        .path("field")
                        .asText())
                .isEqualTo("agent_uuid");
    }

    @Test
    void recordedRequestsNameTheOperationAndItsPathParameters() throws Exception {
        http.call("DELETE", AGENT_PATH + "/procedures/" + TenantFixture.PROCEDURE, null);
        MihuHttp.send(http.request("/api/v1/nowhere").header("Authorization", "Bearer " + server.apiToken()));

        RecordedRequest delete = server.recordedRequests().get(0);
        assertThat(delete.operationId()).hasValue("deleteAgentProcedure");
        assertThat(delete.pathParameters())
                .containsEntry("uuid", AGENT.toString())
                .containsEntry("procedureUuid", TenantFixture.PROCEDURE.toString())
                .hasSize(2);
        assertThat(delete.pathParameter("procedureUuid")).hasValue(TenantFixture.PROCEDURE.toString());
        assertThat(delete.toString()).contains("(deleteAgentProcedure)");
        RecordedRequest unknown = server.recordedRequests().get(1);
        assertThat(unknown.operationId()).isEqualTo(Optional.empty());
        assertThat(unknown.pathParameters()).isEmpty();
    }
}
