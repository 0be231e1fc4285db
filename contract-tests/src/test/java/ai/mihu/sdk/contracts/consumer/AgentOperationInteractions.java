package ai.mihu.sdk.contracts.consumer;

import static ai.mihu.sdk.contracts.consumer.TenantFixture.AGENT_NAME;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.AGENT_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.CONNECTION_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.GUARD_RULE_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.INTENT_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.PHONE_NUMBER_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.PROCEDURE_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.ROUTING_RULE_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.SCHEDULE_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.TRAINING_UUID;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.TRUNK_NUMBER;
import static ai.mihu.sdk.contracts.consumer.TenantFixture.WEBHOOK_UUID;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.builders.AppointmentsConfigs;
import ai.mihu.sdk.builders.AssignPhoneNumberTrunkRequests;
import ai.mihu.sdk.builders.AssignSipTrunkRequests;
import ai.mihu.sdk.builders.GuardRuleInputs;
import ai.mihu.sdk.builders.GuidelineInputs;
import ai.mihu.sdk.builders.NoteInputs;
import ai.mihu.sdk.builders.ProcedureInputs;
import ai.mihu.sdk.builders.ProvisionCallChannelRequests;
import ai.mihu.sdk.builders.ReplaceGuardRulesRequests;
import ai.mihu.sdk.builders.ReplaceGuidelinesRequests;
import ai.mihu.sdk.builders.ReplaceTrainingRequests;
import ai.mihu.sdk.builders.RoutingRuleInputs;
import ai.mihu.sdk.builders.SetIntentEventRequests;
import ai.mihu.sdk.builders.UpdateAgentRequests;
import ai.mihu.sdk.builders.UpdateGuardRuleRequests;
import ai.mihu.sdk.builders.UpdateIntentRequests;
import ai.mihu.sdk.builders.UpdateProcedureRequests;
import ai.mihu.sdk.builders.UpdateRoutingRuleRequests;
import ai.mihu.sdk.builders.UpdateTrainingExampleRequests;
import ai.mihu.sdk.builders.UpdateWebhookRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.IntentEventType;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.TrunkChannel;
import ai.mihu.sdk.model.WebhookEvent;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The contract table of the agent operations after create (which {@link CreateAgentInteractions}
 * covers in depth): one interaction per operation of the spec, each with the provider state it
 * needs, the request the SDK sends pinned as JSON, the response keys the SDK relies on, the SDK
 * call and what it must return. {@link AgentOperationsConsumerPactTest} records and runs them all.
 */
public final class AgentOperationInteractions {

    private static final String AGENTS = "/api/v1/agents";
    private static final String AGENT = AGENTS + "/" + AGENT_UUID;
    private static final String RULE_ACTIONS = "forward|end_conversation";
    private static final String DETECTION_MODES = "exact|intent|both";
    private static final String EVENT_TYPES = "webhook|app|scenario|agent";
    private static final String WEBHOOK_EVENTS = "conversation_status|conversation_end_report|conversation_update"
            + "|voice_evaluation|text_evaluation|intent_call";

    private static final String NOTE = "Service takes about two hours.";
    private static final String GUIDELINE = "Confirm the vehicle before booking.";
    private static final String PROCEDURE_NAME = "Book service appointment";
    private static final String WARRANTY_ANSWER = "Four years or 100,000 km, parts and labour included.";
    private static final String HOOK_URL = "https://hooks.volvo-cagliari.example/mihu/events";

    private AgentOperationInteractions() {}

    /**
     * Every row of the table, in the order of the spec's paths.
     *
     * @return the interactions
     */
    public static List<OperationInteraction<?>> all() {
        return List.of(
                new OperationInteraction<>(
                        "listAgents",
                        "a request to list the agents",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "GET",
                        AGENTS,
                        null,
                        newJsonBody(body -> {
                                    body.booleanValue("success", true);
                                    body.object("data", data -> data.eachLike("items", item -> agentKeys(item)));
                                })
                                .build(),
                        client -> client.agents().list(),
                        list -> assertThat(list.getItems())
                                .extracting(Agent::getAgentUuid)
                                .containsExactly(UUID.fromString(AGENT_UUID))),
                new OperationInteraction<>(
                        "updateAgent",
                        "a request to change a field of an agent and clear another",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "PATCH",
                        AGENT,
                        """
                        {"description": "Books service slots and answers warranty questions.", "custom_prompt": null}""",
                        // A cleared property may come back as null or not at all: the SDK reads both as
                        // null, so the response pins only the changed field.
                        agentChanged(agent ->
                                agent.stringType("description", "Books service slots and answers warranty questions.")),
                        client -> client.agents()
                                .update(
                                        AGENT_UUID,
                                        UpdateAgentRequests.builder()
                                                .description("Books service slots and answers warranty questions.")
                                                .clearCustomPrompt()
                                                .build()),
                        agent -> {
                            assertThat(agent.getDescription())
                                    .isEqualTo("Books service slots and answers warranty questions.");
                            assertThat(agent.getCustomPrompt()).isNull();
                        }),
                new OperationInteraction<>(
                        "addAgentNote",
                        "a request to add a note to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/notes",
                        """
                        {"content": "Service takes about two hours."}""",
                        agentChanged(agent -> agent.eachLike(
                                "notes",
                                note -> note.uuid("uuid", uuid("1f8d2cab-4a3e-4b6c-9d7e-0f1a2b3c4d5e"))
                                        .stringType("content", NOTE))),
                        client -> client.agents()
                                .notes()
                                .add(AGENT_UUID, NoteInputs.builder(NOTE).build()),
                        agent -> assertThat(agent.getNotes())
                                .extracting(note -> note.getContent())
                                .containsExactly(NOTE)),
                new OperationInteraction<>(
                        "addAgentGuideline",
                        "a request to add a guideline to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/guidelines",
                        """
                        {"content": "Confirm the vehicle before booking."}""",
                        agentChanged(agent -> agent.eachLike("guidelines", AgentOperationInteractions::guideline)),
                        client -> client.agents()
                                .guidelines()
                                .add(
                                        AGENT_UUID,
                                        GuidelineInputs.builder(GUIDELINE).build()),
                        agent -> assertThat(agent.getGuidelines())
                                .extracting(g -> g.getContent())
                                .containsExactly(GUIDELINE)),
                new OperationInteraction<>(
                        "replaceAgentGuidelines",
                        "a request to replace the guidelines of an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "PUT",
                        AGENT + "/guidelines",
                        """
                        {"guidelines": [{"content": "Confirm the vehicle before booking.", "order": 0}]}""",
                        agentChanged(agent -> agent.eachLike("guidelines", AgentOperationInteractions::guideline)),
                        client -> client.agents()
                                .guidelines()
                                .replaceAll(
                                        AGENT_UUID,
                                        ReplaceGuidelinesRequests.builder()
                                                .addGuideline(GUIDELINE)
                                                .build()),
                        agent -> assertThat(agent.getGuidelines())
                                .extracting(g -> g.getContent())
                                .containsExactly(GUIDELINE)),
                new OperationInteraction<>(
                        "addAgentProcedure",
                        "a request to add a procedure to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/procedures",
                        """
                        {"name": "Book service appointment", "description": "Used when the customer wants a service slot."}""",
                        agentChanged(agent -> agent.eachLike(
                                "procedures",
                                procedure -> procedure
                                        .uuid("uuid", uuid(PROCEDURE_UUID))
                                        .stringType("name", PROCEDURE_NAME))),
                        client -> client.agents()
                                .procedures()
                                .add(
                                        AGENT_UUID,
                                        ProcedureInputs.builder(PROCEDURE_NAME)
                                                .description("Used when the customer wants a service slot.")
                                                .build()),
                        agent -> assertThat(agent.getProcedures())
                                .extracting(p -> p.getName())
                                .containsExactly(PROCEDURE_NAME)),
                new OperationInteraction<>(
                        "updateAgentProcedure",
                        "a request to rename a procedure and clear its description",
                        List.of(ProviderStates.AGENT_HAS_PROCEDURE),
                        "PATCH",
                        AGENT + "/procedures/" + PROCEDURE_UUID,
                        """
                        {"name": "Book a service slot", "description": null}""",
                        agentChanged(agent -> agent.eachLike(
                                "procedures",
                                procedure -> procedure
                                        .uuid("uuid", uuid(PROCEDURE_UUID))
                                        .stringType("name", "Book a service slot"))),
                        client -> client.agents()
                                .procedures()
                                .update(
                                        AGENT_UUID,
                                        PROCEDURE_UUID,
                                        UpdateProcedureRequests.builder()
                                                .name("Book a service slot")
                                                .clearDescription()
                                                .build()),
                        agent -> assertThat(agent.getProcedures())
                                .extracting(p -> p.getName())
                                .containsExactly("Book a service slot")),
                new OperationInteraction<>(
                        "deleteAgentProcedure",
                        "a request to delete a procedure",
                        List.of(ProviderStates.AGENT_HAS_PROCEDURE),
                        "DELETE",
                        AGENT + "/procedures/" + PROCEDURE_UUID,
                        null,
                        agentChanged(agent -> {}),
                        client -> client.agents().procedures().delete(AGENT_UUID, PROCEDURE_UUID),
                        agent -> assertThat(agent.getAgentUuid()).isEqualTo(UUID.fromString(AGENT_UUID))),
                new OperationInteraction<>(
                        "replaceAgentTraining",
                        "a request to replace the training of an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "PUT",
                        AGENT + "/training",
                        """
                        {"training": [{"content": "What does the warranty cover?", "intent": "warranty_inquiry",
                                       "response": "Four years or 100,000 km, parts and labour included."}]}""",
                        agentChanged(agent -> agent.eachLike("training", AgentOperationInteractions::trainingExample)),
                        client -> client.agents()
                                .training()
                                .replaceAll(
                                        AGENT_UUID,
                                        ReplaceTrainingRequests.builder()
                                                .addTrainingExample(
                                                        example -> example.content("What does the warranty cover?")
                                                                .intent("warranty_inquiry")
                                                                .response(WARRANTY_ANSWER))
                                                .build()),
                        agent -> assertThat(agent.getTraining())
                                .extracting(t -> t.getResponse())
                                .containsExactly(WARRANTY_ANSWER)),
                new OperationInteraction<>(
                        "updateAgentTrainingExample",
                        "a request to change the answer of a training example",
                        List.of(ProviderStates.AGENT_HAS_TRAINING_EXAMPLE),
                        "PATCH",
                        AGENT + "/training/" + TRAINING_UUID,
                        """
                        {"response": "Four years or 100,000 km, parts and labour included."}""",
                        agentChanged(agent -> agent.eachLike("training", AgentOperationInteractions::trainingExample)),
                        client -> client.agents()
                                .training()
                                .update(
                                        AGENT_UUID,
                                        TRAINING_UUID,
                                        UpdateTrainingExampleRequests.builder()
                                                .response(WARRANTY_ANSWER)
                                                .build()),
                        agent -> assertThat(agent.getTraining())
                                .extracting(t -> t.getResponse())
                                .containsExactly(WARRANTY_ANSWER)),
                new OperationInteraction<>(
                        "replaceAgentAppointments",
                        "a request to replace the appointment settings of an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "PUT",
                        AGENT + "/appointments",
                        appointmentsRequest(SCHEDULE_UUID),
                        agentChanged(agent -> agent.object(
                                "appointments",
                                appointments -> appointments
                                        .booleanType("enabled", true)
                                        .eachLike(
                                                "schedule_assignments",
                                                assignment -> assignment
                                                        .uuid("schedule_uuid", uuid(SCHEDULE_UUID))
                                                        .stringType("name", "Service Appointment")))),
                        client -> client.agents().appointments().replaceAll(AGENT_UUID, appointments(SCHEDULE_UUID)),
                        agent -> assertThat(agent.getAppointments().getScheduleAssignments())
                                .extracting(a -> a.getScheduleUuid())
                                .containsExactly(UUID.fromString(SCHEDULE_UUID))),
                new OperationInteraction<>(
                        "replaceAgentGuardRules",
                        "a request to replace the guard rules of an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "PUT",
                        AGENT + "/guard-rules",
                        """
                        {"guard_rules": [{"name": "Legal escalation", "when_condition": "The customer threatens legal action.",
                                          "then_action": "forward", "selected_channels": ["phone"],
                                          "destination_type": "extension", "destination": "200", "is_active": true}]}""",
                        agentChanged(agent -> agent.eachLike(
                                "guard_rules",
                                rule -> rule.uuid("uuid", uuid(GUARD_RULE_UUID))
                                        .stringType("name", "Legal escalation")
                                        .stringMatcher("then_action", RULE_ACTIONS, "forward"))),
                        client -> client.agents()
                                .guardRules()
                                .replaceAll(
                                        AGENT_UUID,
                                        ReplaceGuardRulesRequests.builder()
                                                .addGuardRule(rule -> rule.name("Legal escalation")
                                                        .whenCondition("The customer threatens legal action.")
                                                        .thenAction(GuardRuleAction.FORWARD)
                                                        .addSelectedChannel("phone")
                                                        .destinationType("extension")
                                                        .destination("200")
                                                        .isActive(true))
                                                .build()),
                        agent -> assertThat(agent.getGuardRules())
                                .extracting(r -> r.getThenAction())
                                .containsExactly(GuardRuleAction.FORWARD)),
                new OperationInteraction<>(
                        "addAgentGuardRule",
                        "a request to add a guard rule to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/guard-rules",
                        """
                        {"name": "Hang up on threats", "then_action": "end_conversation",
                         "say_before_end": "I am ending the call now. Goodbye."}""",
                        agentChanged(agent -> agent.eachLike(
                                "guard_rules",
                                rule -> rule.uuid("uuid", uuid(GUARD_RULE_UUID))
                                        .stringType("name", "Hang up on threats")
                                        .stringMatcher("then_action", RULE_ACTIONS, "end_conversation"))),
                        client -> client.agents()
                                .guardRules()
                                .add(
                                        AGENT_UUID,
                                        GuardRuleInputs.builder()
                                                .name("Hang up on threats")
                                                .thenAction(GuardRuleAction.END_CONVERSATION)
                                                .sayBeforeEnd("I am ending the call now. Goodbye.")
                                                .build()),
                        agent -> assertThat(agent.getGuardRules())
                                .extracting(r -> r.getName())
                                .containsExactly("Hang up on threats")),
                new OperationInteraction<>(
                        "updateAgentGuardRule",
                        "a request to change the destination of a guard rule",
                        List.of(ProviderStates.AGENT_HAS_GUARD_RULE),
                        "PATCH",
                        AGENT + "/guard-rules/" + GUARD_RULE_UUID,
                        """
                        {"destination": "210", "destination_agent_uuid": null}""",
                        agentChanged(agent -> agent.eachLike(
                                "guard_rules",
                                rule -> rule.uuid("uuid", uuid(GUARD_RULE_UUID)).stringType("destination", "210"))),
                        client -> client.agents()
                                .guardRules()
                                .update(
                                        AGENT_UUID,
                                        GUARD_RULE_UUID,
                                        UpdateGuardRuleRequests.builder()
                                                .destination("210")
                                                .clearDestinationAgentUuid()
                                                .build()),
                        agent -> assertThat(agent.getGuardRules())
                                .extracting(r -> r.getDestination())
                                .containsExactly("210")),
                new OperationInteraction<>(
                        "addAgentRoutingRule",
                        "a request to add a routing rule to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/routing-rules",
                        """
                        {"detection_mode": "intent", "trigger_keyword": "sales", "department_name": "Sales Department"}""",
                        agentChanged(agent -> agent.eachLike(
                                "routing_rules",
                                rule -> rule.uuid("uuid", uuid(ROUTING_RULE_UUID))
                                        .stringMatcher("detection_mode", DETECTION_MODES, "intent")
                                        .stringType("department_name", "Sales Department"))),
                        client -> client.agents()
                                .routingRules()
                                .add(
                                        AGENT_UUID,
                                        RoutingRuleInputs.builder()
                                                .detectionMode(RoutingDetectionMode.INTENT)
                                                .triggerKeyword("sales")
                                                .departmentName("Sales Department")
                                                .build()),
                        agent -> assertThat(agent.getRoutingRules())
                                .extracting(r -> r.getDepartmentName())
                                .containsExactly("Sales Department")),
                new OperationInteraction<>(
                        "updateAgentRoutingRule",
                        "a request to deactivate a routing rule",
                        List.of(ProviderStates.AGENT_HAS_ROUTING_RULE),
                        "PATCH",
                        AGENT + "/routing-rules/" + ROUTING_RULE_UUID,
                        """
                        {"priority": 5, "is_active": false}""",
                        agentChanged(agent -> agent.eachLike(
                                "routing_rules",
                                rule -> rule.uuid("uuid", uuid(ROUTING_RULE_UUID))
                                        .integerType("priority", 5)
                                        .booleanType("is_active", false))),
                        client -> client.agents()
                                .routingRules()
                                .update(
                                        AGENT_UUID,
                                        ROUTING_RULE_UUID,
                                        UpdateRoutingRuleRequests.builder()
                                                .priority(5)
                                                .isActive(false)
                                                .build()),
                        agent -> assertThat(agent.getRoutingRules())
                                .extracting(r -> r.getIsActive())
                                .containsExactly(false)),
                new OperationInteraction<>(
                        "deleteAgentRoutingRule",
                        "a request to delete a routing rule",
                        List.of(ProviderStates.AGENT_HAS_ROUTING_RULE),
                        "DELETE",
                        AGENT + "/routing-rules/" + ROUTING_RULE_UUID,
                        null,
                        agentChanged(agent -> {}),
                        client -> client.agents().routingRules().delete(AGENT_UUID, ROUTING_RULE_UUID),
                        agent -> assertThat(agent.getAgentUuid()).isEqualTo(UUID.fromString(AGENT_UUID))),
                new OperationInteraction<>(
                        "updateAgentIntent",
                        "a request to rename an intent",
                        List.of(ProviderStates.AGENT_HAS_INTENT),
                        "PATCH",
                        AGENT + "/intents/" + INTENT_UUID,
                        """
                        {"name": "Book Appointment", "intent_llm_handle_by_response": true}""",
                        envelope(intent -> intent.uuid("intent_uuid", uuid(INTENT_UUID))
                                .stringType("name", "Book Appointment")
                                .booleanType("intent_llm_handle_by_response", true)),
                        client -> client.agents()
                                .intents()
                                .update(
                                        AGENT_UUID,
                                        INTENT_UUID,
                                        UpdateIntentRequests.builder("Book Appointment")
                                                .intentLlmHandleByResponse(true)
                                                .build()),
                        intent -> {
                            assertThat(intent.getIntentUuid()).isEqualTo(UUID.fromString(INTENT_UUID));
                            assertThat(intent.getName()).isEqualTo("Book Appointment");
                        }),
                new OperationInteraction<>(
                        "getAgentIntentEvent",
                        "a request to read the action of an intent",
                        List.of(ProviderStates.AGENT_HAS_INTENT_WITH_ACTION),
                        "GET",
                        AGENT + "/intents/" + INTENT_UUID + "/event",
                        null,
                        envelope(event -> event.stringMatcher("event_type", EVENT_TYPES, "app")
                                .stringType("status", "deployed")
                                .object("action", action -> action.stringType("key", "ai_query"))),
                        client -> client.agents().intents().getEvent(AGENT_UUID, INTENT_UUID),
                        event -> {
                            assertThat(event.getEventType()).isEqualTo(IntentEventType.APP);
                            assertThat(event.getStatus()).isEqualTo("deployed");
                            assertThat(event.getAction().getKey()).isEqualTo("ai_query");
                        }),
                new OperationInteraction<>(
                        "setAgentIntentEvent",
                        "a request to set the action of an intent",
                        List.of(ProviderStates.AGENT_HAS_INTENT),
                        "PUT",
                        AGENT + "/intents/" + INTENT_UUID + "/event",
                        """
                        {"event_type": "app", "app_uid": "tables", "action_key": "ai_query", "config": {"max_results": 10}}""",
                        envelope(event -> event.stringMatcher("event_type", EVENT_TYPES, "app")
                                .stringType("status", "draft")
                                .object("app", app -> app.stringType("uid", "tables"))
                                .object("action", action -> action.stringType("key", "ai_query"))),
                        client -> client.agents()
                                .intents()
                                .setEvent(
                                        AGENT_UUID,
                                        INTENT_UUID,
                                        SetIntentEventRequests.builder(IntentEventType.APP)
                                                .appUid("tables")
                                                .actionKey("ai_query")
                                                .config(Map.of("max_results", 10))
                                                .build()),
                        event -> {
                            assertThat(event.getStatus()).isEqualTo("draft");
                            assertThat(event.getApp().getUid()).isEqualTo("tables");
                        }),
                new OperationInteraction<>(
                        "updateAgentWebhook",
                        "a request to change a webhook",
                        List.of(ProviderStates.AGENT_HAS_WEBHOOK),
                        "PATCH",
                        AGENT + "/webhooks/" + WEBHOOK_UUID,
                        """
                        {"url": "https://hooks.volvo-cagliari.example/mihu/events", "events": ["conversation_status"],
                         "is_active": true}""",
                        envelope(webhook -> webhook.uuid("webhook_uuid", uuid(WEBHOOK_UUID))
                                .stringType("url", HOOK_URL)
                                .eachLike(
                                        "events",
                                        PactDslJsonRootValue.stringMatcher(WEBHOOK_EVENTS, "conversation_status"))
                                .booleanType("is_active", true)
                                .booleanType("has_secret", false)),
                        client -> client.agents()
                                .webhooks()
                                .update(
                                        AGENT_UUID,
                                        WEBHOOK_UUID,
                                        UpdateWebhookRequests.builder(
                                                        URI.create(HOOK_URL), List.of(WebhookEvent.CONVERSATION_STATUS))
                                                .isActive(true)
                                                .build()),
                        webhook -> {
                            assertThat(webhook.getEvents()).containsExactly(WebhookEvent.CONVERSATION_STATUS);
                            assertThat(webhook.getHasSecret()).isFalse();
                        }),
                new OperationInteraction<>(
                        "provisionAgentCallChannel",
                        "a request to provision the call channel of an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/channels/call/provision",
                        "{\"phone_number_uuid\": \"" + PHONE_NUMBER_UUID + "\"}",
                        envelope(result -> result.object("agent", AgentOperationInteractions::agentKeys)),
                        client -> client.agents()
                                .channels()
                                .provisionCall(
                                        AGENT_UUID,
                                        ProvisionCallChannelRequests.builder(UUID.fromString(PHONE_NUMBER_UUID))
                                                .build()),
                        result -> assertThat(result.getAgent().getAgentUuid()).isEqualTo(UUID.fromString(AGENT_UUID))),
                new OperationInteraction<>(
                        "assignAgentCallSipTrunk",
                        "a request to assign a SIP trunk to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "POST",
                        AGENT + "/channels/call/sip-trunk",
                        "{\"connection_uuid\": \"" + CONNECTION_UUID + "\", \"force\": false}",
                        envelope(assignment -> assignment
                                .uuid("agent_uuid", uuid(AGENT_UUID))
                                .uuid("connection_uuid", uuid(CONNECTION_UUID))),
                        client -> client.agents()
                                .channels()
                                .assignCallSipTrunk(
                                        AGENT_UUID,
                                        AssignSipTrunkRequests.builder(UUID.fromString(CONNECTION_UUID))
                                                .force(false)
                                                .build()),
                        assignment ->
                                assertThat(assignment.getConnectionUuid()).isEqualTo(UUID.fromString(CONNECTION_UUID))),
                new OperationInteraction<>(
                        "assignPhoneNumberTrunk",
                        "a request to assign a trunk's call channel to an agent",
                        List.of(ProviderStates.AGENT_EXISTS),
                        "PUT",
                        "/api/v1/phone-numbers/trunks/assign",
                        "{\"phone_number\": \"" + TRUNK_NUMBER + "\", \"channel\": \"call\", \"agent_uuid\": \""
                                + AGENT_UUID + "\"}",
                        envelope(number -> number.stringType("number", TRUNK_NUMBER)
                                .object(
                                        "channels",
                                        channels -> channels.object(
                                                "call",
                                                call -> call.booleanType("bound", true)
                                                        .uuid("agent_uuid", uuid(AGENT_UUID))))),
                        client -> client.phoneNumbers()
                                .assignTrunk(AssignPhoneNumberTrunkRequests.builder(
                                                TRUNK_NUMBER, TrunkChannel.CALL, UUID.fromString(AGENT_UUID))
                                        .build()),
                        number -> {
                            assertThat(number.getNumber()).isEqualTo(TRUNK_NUMBER);
                            assertThat(number.getChannels().getCall().getAgentUuid())
                                    .isEqualTo(AGENT_UUID);
                        }));
    }

    /**
     * The pact of every row.
     *
     * @param builder Pact's builder
     * @return the pact
     */
    public static V4Pact pact(PactDslWithProvider builder) {
        PactDslResponse pact = null;
        for (OperationInteraction<?> interaction : all()) {
            pact = interaction.appendTo(builder, pact);
        }
        return pact.toPact(V4Pact.class);
    }

    /** The appointments body, with the given schedule: also the body of the 422 interaction. */
    static String appointmentsRequest(String scheduleUuid) {
        return "{\"enabled\": true, \"random_assignment\": false, \"schedule_assignments\": [{\"schedule_uuid\": \""
                + scheduleUuid + "\", \"name\": \"Service Appointment\"}]}";
    }

    /** The SDK's appointments request that {@link #appointmentsRequest} pins. */
    static ai.mihu.sdk.model.AppointmentsConfig appointments(String scheduleUuid) {
        return AppointmentsConfigs.builder()
                .enabled(true)
                .randomAssignment(false)
                .addScheduleAssignment(assignment ->
                        assignment.scheduleUuid(UUID.fromString(scheduleUuid)).name("Service Appointment"))
                .build();
    }

    /** {@code {success: true, message, data: {agent keys, sections}}}: what the agent's write operations answer. */
    private static DslPart agentChanged(Consumer<LambdaDslObject> sections) {
        return envelope(agent -> {
            agentKeys(agent);
            sections.accept(agent);
        });
    }

    /** The success envelope around the given data object. */
    private static DslPart envelope(Consumer<LambdaDslObject> data) {
        return newJsonBody(body -> {
                    body.booleanValue("success", true);
                    body.stringType("message", "Done");
                    body.object("data", data);
                })
                .build();
    }

    /** The keys of an agent every interaction relies on: its uuid (the fixed one) and its name. */
    private static void agentKeys(LambdaDslObject agent) {
        agent.uuid("agent_uuid", uuid(AGENT_UUID));
        agent.stringType("name", AGENT_NAME);
    }

    private static void guideline(LambdaDslObject guideline) {
        guideline.uuid("uuid", uuid("0e7c1b9a-3f2d-4a5b-8c6d-9e0f1a2b3c4d"));
        guideline.stringType("content", GUIDELINE);
    }

    private static void trainingExample(LambdaDslObject example) {
        example.uuid("uuid", uuid(TRAINING_UUID));
        example.stringType("response", WARRANTY_ANSWER);
    }

    private static UUID uuid(String value) {
        return UUID.fromString(value);
    }
}
