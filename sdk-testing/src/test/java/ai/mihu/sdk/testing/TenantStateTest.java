package ai.mihu.sdk.testing;

import static ai.mihu.sdk.testing.TenantFixture.AGENT;
import static ai.mihu.sdk.testing.TenantFixture.AGENT_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRule;
import ai.mihu.sdk.model.Guideline;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.Note;
import ai.mihu.sdk.model.Procedure;
import ai.mihu.sdk.model.RoutingRule;
import ai.mihu.sdk.model.Webhook;
import ai.mihu.sdk.model.WebhookEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of operation changes the stored agent as the reference describes, and answers it. */
class TenantStateTest {

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
    void addAppendsAnItemWithAServerUuidAndKeepsTheOthers() throws Exception {
        HttpResponse<String> response =
                http.call("POST", AGENT_PATH + "/notes", "{\"content\":\"Closed on Sundays.\"}");

        List<Note> notes = stored().getNotes();
        assertThat(notes).extracting(Note::getContent).containsExactly("Pickup before 4 PM.", "Closed on Sundays.");
        assertThat(notes.get(0).getUuid()).isEqualTo(TenantFixture.NOTE);
        assertThat(notes.get(1).getUuid()).isNotNull().isNotEqualTo(TenantFixture.NOTE);
        assertThat(notes.get(1).getOrder())
                .as("its position, as a create numbers them")
                .isEqualTo(1);
        assertThat(answered(response).path("notes").get(1).path("uuid").asText())
                .isEqualTo(notes.get(1).getUuid().toString());
    }

    @Test
    void addingTwiceAddsTwoItems() throws Exception {
        http.call("POST", AGENT_PATH + "/guard-rules", "{\"name\":\"Profanity\",\"then_action\":\"end_conversation\"}");
        http.call("POST", AGENT_PATH + "/guard-rules", "{\"name\":\"Profanity\",\"then_action\":\"end_conversation\"}");

        List<GuardRule> rules = stored().getGuardRules();
        assertThat(rules).extracting(GuardRule::getName).containsExactly("Legal escalation", "Profanity", "Profanity");
        assertThat(rules.get(1).getUuid()).isNotEqualTo(rules.get(2).getUuid());
        assertThat(rules.get(2).getIsActive()).as("the create's default").isTrue();
        assertThat(rules.get(2).getIsDefault()).isFalse();
    }

    @Test
    void replaceAllReplacesTheWholeSection() throws Exception {
        http.call(
                "PUT",
                AGENT_PATH + "/guidelines",
                "{\"guidelines\":[{\"content\":\"A\"},{\"content\":\"B\",\"order\":7}]}");

        List<Guideline> guidelines = stored().getGuidelines();
        assertThat(guidelines).extracting(Guideline::getContent).containsExactly("A", "B");
        assertThat(guidelines).extracting(Guideline::getOrder).containsExactly(0, 7);
        assertThat(guidelines)
                .extracting(Guideline::getUuid)
                .doesNotContain(TenantFixture.GUIDELINE)
                .doesNotContainNull();
        assertThat(stored().getNotes())
                .as("other sections untouched")
                .isEqualTo(TenantFixture.agent().getNotes());
    }

    @Test
    void aPatchChangesOnlyWhatWasSentAndNullClears() throws Exception {
        http.call(
                "PATCH",
                AGENT_PATH,
                "{\"name\":\"Renamed\",\"custom_prompt\":null,\"settings\":{\"voice\":{\"voice_id\":\"aria\"}},\"status\":\"paused\"}");

        Agent agent = stored();
        assertThat(agent.getName()).isEqualTo("Renamed");
        assertThat(agent.getCustomPrompt()).as("cleared").isNull();
        assertThat(agent.getDescription()).as("not sent, unchanged").isEqualTo("Books service appointments.");
        assertThat(agent.getStatus()).as("not part of the update body, ignored").isNull();
        assertThat(agent.getSettings().getVoice()).isEqualTo(Map.of("voice_id", "aria"));
        assertThat(agent.getNotes()).isEqualTo(TenantFixture.agent().getNotes());
        assertThat(agent.getUpdatedAt()).isAfter(TenantFixture.agent().getUpdatedAt());
        assertThat(agent.getCreatedAt()).isEqualTo(TenantFixture.agent().getCreatedAt());
    }

    @Test
    void aCollectionSentInAPatchReplacesThatCollection() throws Exception {
        http.call(
                "PATCH",
                AGENT_PATH,
                "{\"notes\":[],\"routing_rules\":[{\"detection_mode\":\"exact\",\"trigger_keyword\":\"x\"}]}");

        Agent agent = stored();
        assertThat(agent.getNotes()).isEmpty();
        assertThat(agent.getRoutingRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getTriggerKeyword()).isEqualTo("x");
            assertThat(rule.getUuid()).isNotEqualTo(TenantFixture.ROUTING_RULE);
            assertThat(rule.getIsActive()).isTrue();
            assertThat(rule.getPhrases()).isEmpty();
        });
        assertThat(agent.getGuidelines()).isEqualTo(TenantFixture.agent().getGuidelines());
    }

    @Test
    void anItemPatchChangesOnlyWhatWasSentOfThatItem() throws Exception {
        http.call(
                "PATCH",
                AGENT_PATH + "/routing-rules/" + TenantFixture.ROUTING_RULE,
                "{\"trigger_keyword\":null,\"phrases\":[\"quote\",\"offer\"],\"is_active\":false}");
        http.call("PATCH", AGENT_PATH + "/procedures/" + TenantFixture.PROCEDURE, "{\"steps\":[]}");

        RoutingRule rule = stored().getRoutingRules().get(0);
        assertThat(rule.getUuid()).isEqualTo(TenantFixture.ROUTING_RULE);
        assertThat(rule.getTriggerKeyword()).isNull();
        assertThat(rule.getPhrases()).containsExactly("quote", "offer");
        assertThat(rule.getIsActive()).isFalse();
        assertThat(rule.getDepartmentName()).isEqualTo("Sales");
        Procedure procedure = stored().getProcedures().get(0);
        assertThat(procedure.getSteps()).isEmpty();
        assertThat(procedure.getName()).isEqualTo("Book service");
    }

    @Test
    void deleteRemovesTheItemAndASecondDeleteAnswers404() throws Exception {
        http.call("POST", AGENT_PATH + "/procedures", "{\"name\":\"Refund\"}");

        HttpResponse<String> deleted = http.call("DELETE", AGENT_PATH + "/procedures/" + TenantFixture.PROCEDURE, null);
        HttpResponse<String> again = http.call("DELETE", AGENT_PATH + "/procedures/" + TenantFixture.PROCEDURE, null);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(stored().getProcedures()).extracting(Procedure::getName).containsExactly("Refund");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(TenantFixture.json(again.body()).path("message").asText()).isEqualTo("Procedure not found.");
    }

    @Test
    void anUnknownItemAnswers404AndChangesNothing() throws Exception {
        Agent before = stored();

        HttpResponse<String> response =
                http.call("PATCH", AGENT_PATH + "/guard-rules/" + UUID.randomUUID(), "{\"name\":\"x\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TenantFixture.json(response.body())
                        .path("error")
                        .path("code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void listReturnsTheStoredAgentsOldestFirstWithTheirChanges() throws Exception {
        http.call("POST", MihuHttp.AGENTS, "{\"name\":\"Second\"}");
        http.call("PATCH", AGENT_PATH, "{\"name\":\"First\"}");

        HttpResponse<String> response = http.call("GET", MihuHttp.AGENTS, null);

        JsonNode items = TenantFixture.json(response.body()).path("data").path("items");
        assertThat(items).extracting(item -> item.path("name").asText()).containsExactly("First", "Second");
        assertThat(server.agents()).extracting(Agent::getName).containsExactly("First", "Second");
        assertThat(server.createdAgents()).extracting(Agent::getName).containsExactly("Second");
    }

    @Test
    void aCreatedAgentCanBeChangedByTheOtherOperations() throws Exception {
        JsonNode created =
                answered(http.call("POST", MihuHttp.AGENTS, "{\"name\":\"New\",\"notes\":[{\"content\":\"a\"}]}"));
        String path = MihuHttp.AGENTS + "/" + created.path("agent_uuid").asText();

        http.call("POST", path + "/notes", "{\"content\":\"b\"}");

        Agent agent = server.agent(UUID.fromString(created.path("agent_uuid").asText()))
                .orElseThrow();
        assertThat(agent.getNotes()).extracting(Note::getContent).containsExactly("a", "b");
        assertThat(server.createdAgents().get(0).getNotes())
                .as("as the create answered it")
                .hasSize(1);
    }

    @Test
    void aWebhookPatchKeepsTheSecretWriteOnly() throws Exception {
        HttpResponse<String> set = http.call(
                "PATCH",
                AGENT_PATH + "/webhooks/" + TenantFixture.WEBHOOK,
                "{\"url\":\"https://hooks.example.com/v2\",\"events\":[\"intent_call\"],\"secret_key\":\"s3cr3t-value\"}");
        Webhook withSecret = stored().getWebhooks().get(0);
        HttpResponse<String> cleared = http.call(
                "PATCH",
                AGENT_PATH + "/webhooks/" + TenantFixture.WEBHOOK,
                "{\"url\":\"https://hooks.example.com/v2\",\"events\":[\"intent_call\"],\"secret_key\":null}");

        assertThat(set.body()).doesNotContain("s3cr3t-value");
        assertThat(answered(set).path("has_secret").asBoolean()).isTrue();
        assertThat(withSecret.getUrl()).isEqualTo("https://hooks.example.com/v2");
        assertThat(withSecret.getEvents()).containsExactly(WebhookEvent.INTENT_CALL);
        assertThat(withSecret.getIsActive()).as("not sent, unchanged").isTrue();
        assertThat(answered(cleared).path("has_secret").asBoolean()).isFalse();
        assertThat(server.agent(AGENT).orElseThrow().toString()).doesNotContain("s3cr3t-value");
    }

    @Test
    void anIntentsActionIsSetAsADraftAndReadBack() throws Exception {
        String eventPath = AGENT_PATH + "/intents/" + TenantFixture.INTENT + "/event";
        HttpResponse<String> before = http.call("GET", eventPath, null);

        http.call("PUT", eventPath, "{\"event_type\":\"app\",\"app_uid\":\"tables\",\"action_key\":\"ai_query\"}");
        HttpResponse<String> after = http.call("GET", eventPath, null);

        assertThat(before.statusCode()).isEqualTo(404);
        JsonNode event = answered(after);
        assertThat(event.path("event_type").asText()).isEqualTo("app");
        assertThat(event.path("status").asText()).isEqualTo("draft");
        assertThat(event.path("app").path("uid").asText()).isEqualTo("tables");
        assertThat(event.path("action").path("key").asText()).isEqualTo("ai_query");
        assertThat(server.intentEvent(AGENT, TenantFixture.INTENT))
                .get()
                .extracting(IntentEvent::getStatus)
                .isEqualTo("draft");
    }

    @Test
    void anIntentPatchAnswersTheIntentWithOnlyWhatWasSentChanged() throws Exception {
        HttpResponse<String> response = http.call(
                "PATCH", AGENT_PATH + "/intents/" + TenantFixture.INTENT, "{\"name\":\"Book\",\"parameters\":[]}");

        JsonNode intent = answered(response);
        assertThat(intent.path("name").asText()).isEqualTo("Book");
        assertThat(intent.path("key").asText()).isEqualTo("book_appointment");
        assertThat(intent.path("parameters")).isEmpty();
        assertThat(stored().getIntents().get(0).getName()).isEqualTo("Book");
    }

    @Test
    void aSubResourceChecksItsRequestAgainstTheContract() throws Exception {
        HttpResponse<String> missing = http.call("POST", AGENT_PATH + "/notes", "{\"order\":1}");
        HttpResponse<String> wrongType = http.call(
                "PATCH", AGENT_PATH + "/guard-rules/" + TenantFixture.GUARD_RULE, "{\"then_action\":\"explode\"}");
        HttpResponse<String> badJson = http.call("PUT", AGENT_PATH + "/guidelines", "{\"guidelines\":[");
        HttpResponse<String> timezone = http.call("PATCH", AGENT_PATH, "{\"timezone\":\"Mars/Olympus_Mons\"}");
        HttpResponse<String> noToken = MihuHttp.send(http.request(AGENT_PATH + "/notes")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}")));

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(TenantFixture.json(missing.body())
                        .path("error")
                        .path("field")
                        .asText())
                .isEqualTo("content");
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(TenantFixture.json(wrongType.body())
                        .path("error")
                        .path("field")
                        .asText())
                .isEqualTo("then_action");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(timezone.statusCode()).isEqualTo(422);
        assertThat(TenantFixture.json(timezone.body())
                        .path("error")
                        .path("field")
                        .asText())
                .isEqualTo("timezone");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(stored()).as("nothing rejected changed the agent").isEqualTo(TenantFixture.agent());
    }

    private Agent stored() {
        return server.agent(AGENT).orElseThrow();
    }

    private static JsonNode answered(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return TenantFixture.json(response.body()).path("data");
    }
}
