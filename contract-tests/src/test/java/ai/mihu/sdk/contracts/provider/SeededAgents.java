package ai.mihu.sdk.contracts.provider;

import static ai.mihu.sdk.contracts.consumer.TenantFixture.AGENT_NAME;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.AGENT_UUID;

import ai.mihu.sdk.contracts.consumer.TenantFixture;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.GuardRule;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.IntentEventAction;
import ai.mihu.sdk.model.IntentEventApp;
import ai.mihu.sdk.model.IntentEventType;
import ai.mihu.sdk.model.Procedure;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.RoutingRule;
import ai.mihu.sdk.model.TrainingExample;
import ai.mihu.sdk.model.Webhook;
import ai.mihu.sdk.model.WebhookEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The agents the provider states put into {@code MockMihuServer}, through its public
 * {@code putAgent}: the agent of {@link TenantFixture}, bare or with the one item an interaction
 * changes or deletes, under the item's fixed uuid.
 */
final class SeededAgents {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 7, 5, 31, 56, 0, ZoneOffset.UTC);

    private SeededAgents() {}

    /** The agent with nothing in its sections. */
    static Agent bare() {
        return new Agent()
                .agentUuid(UUID.fromString(AGENT_UUID))
                .name(AGENT_NAME)
                .status(AgentStatus.READY)
                .createdAt(CREATED)
                .updatedAt(CREATED);
    }

    static Agent withProcedure() {
        return bare().addProceduresItem(new Procedure()
                .uuid(UUID.fromString(TenantFixture.PROCEDURE_UUID))
                .name("Book service appointment")
                .description("Used when the customer wants a service slot."));
    }

    static Agent withTrainingExample() {
        return bare().addTrainingItem(new TrainingExample()
                .uuid(UUID.fromString(TenantFixture.TRAINING_UUID))
                .content("What does the warranty cover?")
                .intent("warranty_inquiry")
                .response("Four years."));
    }

    static Agent withGuardRule() {
        return bare().addGuardRulesItem(new GuardRule()
                .uuid(UUID.fromString(TenantFixture.GUARD_RULE_UUID))
                .name("Legal escalation")
                .thenAction(GuardRuleAction.FORWARD)
                .destinationType("extension")
                .destination("200")
                .isActive(true));
    }

    static Agent withRoutingRule() {
        return bare().addRoutingRulesItem(new RoutingRule()
                .uuid(UUID.fromString(TenantFixture.ROUTING_RULE_UUID))
                .detectionMode(RoutingDetectionMode.INTENT)
                .departmentName("Sales Department")
                .priority(1)
                .isActive(true));
    }

    static Agent withIntent() {
        return bare().addIntentsItem(new Intent()
                .intentUuid(UUID.fromString(TenantFixture.INTENT_UUID))
                .key("book_appointment")
                .name("Appointment")
                .isSystem(false)
                .createdAt(CREATED)
                .updatedAt(CREATED));
    }

    /** The deployed action of the intent of {@link #withIntent()}: a query of the built-in Tables app. */
    static IntentEvent deployedAction() {
        return new IntentEvent()
                .eventType(IntentEventType.APP)
                .status("deployed")
                .app(new IntentEventApp().uid("tables").name("Tables").isBuiltin(true))
                .action(new IntentEventAction().key("ai_query").name("AI Query"));
    }

    static Agent withWebhook() {
        return bare().addWebhooksItem(new Webhook()
                .webhookUuid(UUID.fromString(TenantFixture.WEBHOOK_UUID))
                .url("https://hooks.volvo-cagliari.example/old")
                .addEventsItem(WebhookEvent.CONVERSATION_END_REPORT)
                .isActive(false)
                .hasSecret(false)
                .createdAt(CREATED)
                .updatedAt(CREATED));
    }
}
