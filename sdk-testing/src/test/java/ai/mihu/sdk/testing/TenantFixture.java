package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRule;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.Guideline;
import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentParameter;
import ai.mihu.sdk.model.Note;
import ai.mihu.sdk.model.Procedure;
import ai.mihu.sdk.model.ProcedureStep;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.RoutingRule;
import ai.mihu.sdk.model.TrainingExample;
import ai.mihu.sdk.model.Webhook;
import ai.mihu.sdk.model.WebhookEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An agent with one item of every kind, with fixed uuids, for tests that change an existing agent. */
final class TenantFixture {

    static final UUID AGENT = UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    static final UUID GUIDELINE = UUID.fromString("0e7c1b9a-3f2d-4a5b-8c6d-9e0f1a2b3c4d");
    static final UUID NOTE = UUID.fromString("1f8d2cab-4a3e-4b6c-9d7e-0f1a2b3c4d5e");
    static final UUID PROCEDURE = UUID.fromString("2a9e3dbc-5b4f-4c7d-8e8f-1a2b3c4d5e6f");
    static final UUID TRAINING = UUID.fromString("3b0f4ecd-6c5a-4d8e-9f90-2b3c4d5e6f70");
    static final UUID ROUTING_RULE = UUID.fromString("5d2b60ef-8e7c-4fa0-9b12-4d5e6f708192");
    static final UUID GUARD_RULE = UUID.fromString("6e3c71f0-9f8d-4ab1-8c23-5e6f708192a3");
    static final UUID INTENT = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID WEBHOOK = UUID.fromString("4c1a5fde-7d6b-4e9f-8a01-3c4d5e6f7081");

    static final String AGENT_PATH = MihuHttp.AGENTS + "/" + AGENT;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2023-11-07T05:31:56Z");

    private TenantFixture() {}

    /** The agent, new each time. */
    static Agent agent() {
        return new Agent()
                .agentUuid(AGENT)
                .name("Volvo Cagliari Service Agent")
                .description("Books service appointments.")
                .customPrompt("Confirm the plate first.")
                .language("en")
                .timezone("Europe/Rome")
                .guidelines(new ArrayList<>(List.of(new Guideline()
                        .uuid(GUIDELINE)
                        .content("Confirm the vehicle.")
                        .order(0))))
                .notes(new ArrayList<>(List.of(
                        new Note().uuid(NOTE).content("Pickup before 4 PM.").order(0))))
                .procedures(new ArrayList<>(List.of(new Procedure()
                        .uuid(PROCEDURE)
                        .name("Book service")
                        .description("Books a slot.")
                        .steps(new ArrayList<>(
                                List.of(new ProcedureStep().order(1).description("Ask for the plate.")))))))
                .training(new ArrayList<>(List.of(new TrainingExample()
                        .uuid(TRAINING)
                        .content("Warranty?")
                        .intent("warranty")
                        .response("Four years."))))
                .routingRules(new ArrayList<>(List.of(new RoutingRule()
                        .uuid(ROUTING_RULE)
                        .detectionMode(RoutingDetectionMode.INTENT)
                        .triggerKeyword("sales")
                        .departmentName("Sales")
                        .phrases(new ArrayList<>(List.of("pricing")))
                        .priority(5)
                        .isActive(true))))
                .guardRules(new ArrayList<>(List.of(new GuardRule()
                        .uuid(GUARD_RULE)
                        .name("Legal escalation")
                        .thenAction(GuardRuleAction.FORWARD)
                        .selectedChannels(new ArrayList<>(List.of("phone")))
                        .destinationType("extension")
                        .destination("200")
                        .isActive(true)
                        .isDefault(false))))
                .intents(new ArrayList<>(List.of(new Intent()
                        .intentUuid(INTENT)
                        .key("book_appointment")
                        .name("Book Appointment")
                        .confidenceThreshold(0.7)
                        .isSystem(false)
                        .parameters(new ArrayList<>(List.of(new IntentParameter()
                                .key("email")
                                .type("string")
                                .required(true))))
                        .createdAt(CREATED)
                        .updatedAt(CREATED))))
                .webhooks(new ArrayList<>(List.of(webhook(WEBHOOK))))
                .phoneNumbers(new ArrayList<>())
                .channels(new ArrayList<>())
                .createdAt(CREATED)
                .updatedAt(CREATED);
    }

    static Webhook webhook(UUID uuid) {
        return new Webhook()
                .webhookUuid(uuid)
                .url("https://hooks.example.com/mihu")
                .events(new ArrayList<>(List.of(WebhookEvent.CONVERSATION_STATUS)))
                .isActive(true)
                .hasSecret(false)
                .createdAt(CREATED)
                .updatedAt(CREATED);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
