package ai.mihu.sdk.contracts.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.enums.KnownValues.ScheduleAssignmentStatuses;
import ai.mihu.sdk.enums.KnownValues.SchedulePriorities;
import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.RoutingDetectionMode;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bodies of the "every field" interaction: a request that sets every field of
 * {@code CreateAgentRequest}, and a response with every documented field of {@code Agent}.
 * The values follow the spec's own example, a sales agent of an outdoor-gear shop.
 *
 * <p>{@link #sdkRequest()} builds the same request with the SDK's builders. The pact pins the
 * JSON value for value, so any difference between what the builders send and {@link #request()}
 * fails the consumer test: the pact cannot record a body the SDK does not produce.
 */
final class FullAgent {

    static final String NAME = "Sales Agent";
    static final UUID INTENT_UUID = UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    static final UUID SCHEDULE_UUID = UUID.fromString("9b2f4c1e-6a3d-4e8f-b1c2-7d5e9f0a1b23");
    static final UUID HANDOVER_AGENT_UUID = UUID.fromString("8a3e5d2f-1b4c-4d6e-9f70-a1b2c3d4e5f6");

    private static final String FORMAT = CreateAgentInteractions.TIMESTAMP_FORMAT;

    private FullAgent() {}

    /**
     * The fully populated request as a caller writes it with the SDK's builders, typed values
     * ({@link Locale}, {@link ZoneId}, enums) where the builders offer them.
     */
    static CreateAgentRequest sdkRequest() {
        return CreateAgentRequests.builder(NAME)
                .description("Answers product questions and books demos for Northwind Outfitters.")
                .companyName("Northwind Outfitters")
                .role("Senior sales representative")
                .objective("Qualify inbound leads and book a product demo.")
                .tone("Friendly and concise")
                .behaviorGuidelines("Never promise discounts; offer a callback when unsure.")
                .companyService("Outdoor equipment retail and rentals")
                .topic("Camping gear")
                .lengthDetail("Short answers, two sentences at most")
                .interestOfProduct("Tents and sleeping bags")
                .negativeResponse("Thank the caller and offer to send a catalogue by email.")
                .customPrompt("Always confirm the caller's name before booking.")
                .language(Locale.ENGLISH)
                .timezone(ZoneId.of("Europe/Istanbul"))
                .appointmentSchedulingEnabled(true)
                .appointmentSchedulingRandomly(false)
                .customLlmUrl("https://llm.northwind.example/v1/chat")
                .status(AgentStatus.PENDING)
                .speed(AgentSpeed.NORMAL)
                .settings(settings -> settings.voice(Map.of("voice_id", "aria")).text(Map.of("max_reply_chars", 400)))
                .addGuideline("Greet the caller by name when it is known.")
                .addNote("The spring catalogue ships on 1 March.")
                .addProcedure(procedure -> procedure
                        .name("Book a demo")
                        .description("Collect contact details and book a demo slot.")
                        .addStep(step -> step.order(1)
                                .description("Ask for the caller's email address.")
                                .intentUuid(INTENT_UUID)))
                .addTrainingExample(example -> example.content("Do you rent tents?")
                        .intent("rental_question")
                        .response("Yes, we rent tents for two to eight people by the weekend."))
                .appointments(appointments -> appointments
                        .enabled(true)
                        .randomAssignment(false)
                        .addScheduleAssignment(assignment -> assignment
                                .scheduleUuid(SCHEDULE_UUID)
                                .priority(SchedulePriorities.PRIMARY)
                                .status(ScheduleAssignmentStatuses.ACTIVE)
                                .name("Demo calendar")
                                .description("Thirty-minute product demos.")
                                .slotRules(Map.of("duration_minutes", 30))
                                .rescheduling(Map.of())
                                .cancellation(Map.of())
                                .questions(Map.of())
                                .approval(Map.of())))
                .addRoutingRule(rule -> rule.detectionMode(RoutingDetectionMode.EXACT)
                        .triggerKeyword("billing")
                        .departmentName("Billing")
                        .addPhrase("I have a question about my invoice")
                        .aiPrompt("Route callers with invoice questions to billing.")
                        .voiceResponse("Let me connect you to billing.")
                        .voiceOnError("Billing is not available right now.")
                        .voiceOnSuccess("You are now connected to billing.")
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("204")
                        .destinationAgentUuid(HANDOVER_AGENT_UUID)
                        .priority(1)
                        .isActive(true))
                .addGuardRule(rule -> rule.name("Human requested")
                        .whenCondition("The caller asks to speak with a person.")
                        .addExamplePhrase("Can I talk to a human?")
                        .thenAction(GuardRuleAction.FORWARD)
                        .addSelectedChannel(Channels.PHONE)
                        .sayBeforeForwarding("One moment, I am transferring you to a colleague.")
                        .sayBeforeEnd("Thank you for calling. Goodbye.")
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("100")
                        .destinationAgentUuid(HANDOVER_AGENT_UUID)
                        .isActive(true)
                        .isDefault(false))
                .build();
    }

    /** Every request field, pinned to the value the SDK must send. */
    static DslPart request() {
        return newJsonBody(agent -> {
                    agentText(agent);
                    agent.stringValue("status", "pending");
                    agent.stringValue("speed", "normal");
                    agent.object("settings", settings -> {
                        settings.object("voice", voice -> voice.stringValue("voice_id", "aria"));
                        settings.object("text", text -> text.numberValue("max_reply_chars", 400));
                    });
                    agent.array(
                            "guidelines",
                            guidelines -> guidelines.object(
                                    item -> item.stringValue("content", "Greet the caller by name when it is known.")
                                            .numberValue("order", 0)));
                    agent.array(
                            "notes",
                            notes -> notes.object(
                                    item -> item.stringValue("content", "The spring catalogue ships on 1 March.")
                                            .numberValue("order", 0)));
                    agent.array(
                            "procedures",
                            procedures -> procedures.object(procedure -> procedure
                                    .stringValue("name", "Book a demo")
                                    .stringValue("description", "Collect contact details and book a demo slot.")
                                    .array(
                                            "steps",
                                            steps -> steps.object(step -> step.numberValue("order", 1)
                                                    .stringValue("description", "Ask for the caller's email address.")
                                                    .stringValue("intent_uuid", INTENT_UUID.toString())))));
                    agent.array(
                            "training",
                            training -> training.object(example -> example.stringValue("content", "Do you rent tents?")
                                    .stringValue("intent", "rental_question")
                                    .stringValue(
                                            "response", "Yes, we rent tents for two to eight people by the weekend.")));
                    agent.object(
                            "appointments",
                            appointments -> appointments
                                    .booleanValue("enabled", true)
                                    .booleanValue("random_assignment", false)
                                    .array(
                                            "schedule_assignments",
                                            assignments -> assignments.object(assignment -> assignment
                                                    .stringValue("schedule_uuid", SCHEDULE_UUID.toString())
                                                    .stringValue("priority", "primary")
                                                    .stringValue("status", "active")
                                                    .stringValue("name", "Demo calendar")
                                                    .stringValue("description", "Thirty-minute product demos.")
                                                    .object(
                                                            "slot_rules",
                                                            rules -> rules.numberValue("duration_minutes", 30))
                                                    .object("rescheduling", rules -> {})
                                                    .object("cancellation", rules -> {})
                                                    .object("questions", rules -> {})
                                                    .object("approval", rules -> {}))));
                    agent.array("routing_rules", rules -> rules.object(FullAgent::routingRule));
                    agent.array("guard_rules", rules -> rules.object(FullAgent::guardRule));
                })
                .build();
    }

    /** Every documented response field; values the server decides are matched by type, format or regex. */
    static DslPart response() {
        return newJsonBody(envelope -> {
                    envelope.booleanValue("success", true);
                    envelope.stringType("message", "Agent created successfully");
                    envelope.object("data", agent -> {
                        agent.uuid("agent_uuid", UUID.fromString(CreateAgentInteractions.UUID_EXAMPLE));
                        agentText(agent);
                        agent.stringMatcher("status", "pending|ready|in_progress|paused|completed", "pending");
                        agent.stringType("speed", "normal");
                        agent.stringType("recommendations", "Add a guideline for return-policy questions.");
                        // The spec declares the settings groups but not their keys (free-form objects): a
                        // consumer may rely only on what the spec declares, so no key inside is expected.
                        agent.object("settings", settings -> {
                            settings.object("voice", voice -> {});
                            settings.object("text", text -> {});
                            settings.object("memorize", memorize -> {});
                            settings.object("evaluation", evaluation -> {});
                        });
                        agent.eachLike(
                                "guidelines",
                                item -> item.uuid("uuid", id("0e7c1b9a-3f2d-4a5b-8c6d-9e0f1a2b3c4d"))
                                        .stringType("content", "Greet the caller by name when it is known.")
                                        .integerType("order", 0));
                        agent.eachLike(
                                "notes",
                                item -> item.uuid("uuid", id("1f8d2cab-4a3e-4b6c-9d7e-0f1a2b3c4d5e"))
                                        .stringType("content", "The spring catalogue ships on 1 March.")
                                        .integerType("order", 0));
                        agent.eachLike(
                                "procedures",
                                procedure -> procedure
                                        .uuid("uuid", id("2a9e3dbc-5b4f-4c7d-8e8f-1a2b3c4d5e6f"))
                                        .stringType("name", "Book a demo")
                                        .stringType("description", "Collect contact details and book a demo slot.")
                                        .eachLike(
                                                "steps",
                                                step -> step.integerType("order", 1)
                                                        .stringType(
                                                                "description", "Ask for the caller's email address.")
                                                        .uuid("intent_uuid", INTENT_UUID)));
                        agent.eachLike(
                                "training",
                                example -> example.uuid("uuid", id("3b0f4ecd-6c5a-4d8e-9f90-2b3c4d5e6f70"))
                                        .stringType("content", "Do you rent tents?")
                                        .stringType("intent", "rental_question")
                                        .stringType(
                                                "response",
                                                "Yes, we rent tents for two to eight people by the weekend."));
                        agent.eachLike("intents", FullAgent::intent);
                        agent.eachLike(
                                "webhooks",
                                webhook -> webhook.uuid("webhook_uuid", id("4c1a5fde-7d6b-4e9f-8a01-3c4d5e6f7081"))
                                        .stringType("url", "https://hooks.northwind.example/mihu/events")
                                        .eachLike(
                                                "events",
                                                PactDslJsonRootValue.stringMatcher(
                                                        "conversation_status|conversation_end_report|conversation_update|voice_evaluation"
                                                                + "|text_evaluation|intent_call",
                                                        "conversation_status"))
                                        .booleanType("is_active", true)
                                        .booleanType("has_secret", true)
                                        .datetime("created_at", FORMAT, CreateAgentInteractions.TIMESTAMP_EXAMPLE)
                                        .datetime("updated_at", FORMAT, CreateAgentInteractions.TIMESTAMP_EXAMPLE));
                        agent.object(
                                "appointments",
                                appointments -> appointments
                                        .booleanType("enabled", true)
                                        .booleanType("random_assignment", false)
                                        .eachLike(
                                                "schedule_assignments",
                                                assignment -> assignment
                                                        .uuid("schedule_uuid", SCHEDULE_UUID)
                                                        .stringType("priority", "primary")
                                                        .stringType("status", "active")
                                                        .stringType("name", "Demo calendar")
                                                        .stringType("description", "Thirty-minute product demos.")
                                                        .object("slot_rules", rules -> {})
                                                        .object("rescheduling", rules -> {})
                                                        .object("cancellation", rules -> {})
                                                        .object("questions", rules -> {})
                                                        .object("approval", rules -> {})));
                        agent.eachLike(
                                "routing_rules",
                                rule -> rule.uuid("uuid", id("5d2b60ef-8e7c-4fa0-9b12-4d5e6f708192"))
                                        .stringMatcher("detection_mode", "exact|intent|both", "exact")
                                        .stringType("trigger_keyword", "billing")
                                        .stringType("department_name", "Billing")
                                        .eachLike(
                                                "phrases",
                                                PactDslJsonRootValue.stringType("I have a question about my invoice"))
                                        .stringType("ai_prompt", "Route callers with invoice questions to billing.")
                                        .stringType("voice_response", "Let me connect you to billing.")
                                        .stringType("voice_on_error", "Billing is not available right now.")
                                        .stringType("voice_on_success", "You are now connected to billing.")
                                        .stringType("destination_type", "extension")
                                        .stringType("destination", "204")
                                        .uuid("destination_agent_uuid", HANDOVER_AGENT_UUID)
                                        .integerType("priority", 1)
                                        .booleanType("is_active", true));
                        agent.eachLike(
                                "guard_rules",
                                rule -> rule.uuid("uuid", id("6e3c71f0-9f8d-4ab1-8c23-5e6f708192a3"))
                                        .stringType("name", "Human requested")
                                        .stringType("when_condition", "The caller asks to speak with a person.")
                                        .eachLike(
                                                "example_phrases",
                                                PactDslJsonRootValue.stringType("Can I talk to a human?"))
                                        .stringMatcher("then_action", "forward|end_conversation", "forward")
                                        .eachLike("selected_channels", PactDslJsonRootValue.stringType("phone"))
                                        .stringType(
                                                "say_before_forwarding",
                                                "One moment, I am transferring you to a colleague.")
                                        .stringType("say_before_end", "Thank you for calling. Goodbye.")
                                        .stringType("destination_type", "extension")
                                        .stringType("destination", "100")
                                        .uuid("destination_agent_uuid", HANDOVER_AGENT_UUID)
                                        .booleanType("is_active", true)
                                        .booleanType("is_default", false));
                        agent.eachLike(
                                "phone_numbers",
                                number -> number.uuid("phone_number_uuid", id("7f4d8201-a09e-4bc2-9d34-6f708192a3b4"))
                                        .stringType("number", "+902125550123")
                                        .stringType("provider", "mihu")
                                        .stringType("status", "active")
                                        .stringType("country_code", "TR")
                                        .stringType("type", "local")
                                        .object(
                                                "capabilities",
                                                capabilities -> capabilities
                                                        .booleanType("call", true)
                                                        .booleanType("sms", true)
                                                        .booleanType("whatsapp", false)
                                                        .booleanType("whatsapp_call", false)));
                        // The spec declares no key of a channel (a free-form object): expect channels, not their keys.
                        agent.eachLike("channels", channel -> {});
                        agent.datetime("created_at", FORMAT, CreateAgentInteractions.TIMESTAMP_EXAMPLE);
                        agent.datetime("updated_at", FORMAT, CreateAgentInteractions.TIMESTAMP_EXAMPLE);
                    });
                })
                .build();
    }

    /**
     * The agent's text fields, the same in the request and the response: pinned in the request,
     * echoed back (so pinned again) in the response.
     */
    private static void agentText(LambdaDslObject agent) {
        agent.stringValue("name", NAME)
                .stringValue("description", "Answers product questions and books demos for Northwind Outfitters.")
                .stringValue("company_name", "Northwind Outfitters")
                .stringValue("role", "Senior sales representative")
                .stringValue("objective", "Qualify inbound leads and book a product demo.")
                .stringValue("tone", "Friendly and concise")
                .stringValue("behavior_guidelines", "Never promise discounts; offer a callback when unsure.")
                .stringValue("company_service", "Outdoor equipment retail and rentals")
                .stringValue("topic", "Camping gear")
                .stringValue("length_detail", "Short answers, two sentences at most")
                .stringValue("interest_of_product", "Tents and sleeping bags")
                .stringValue("negative_response", "Thank the caller and offer to send a catalogue by email.")
                .stringValue("custom_prompt", "Always confirm the caller's name before booking.")
                .stringValue("language", "en")
                .stringValue("timezone", "Europe/Istanbul")
                .booleanValue("appointment_scheduling_enabled", true)
                .booleanValue("appointment_scheduling_randomly", false)
                .stringValue("custom_llm_url", "https://llm.northwind.example/v1/chat");
    }

    private static void routingRule(LambdaDslObject rule) {
        rule.stringValue("detection_mode", "exact")
                .stringValue("trigger_keyword", "billing")
                .stringValue("department_name", "Billing")
                .array("phrases", phrases -> phrases.stringValue("I have a question about my invoice"))
                .stringValue("ai_prompt", "Route callers with invoice questions to billing.")
                .stringValue("voice_response", "Let me connect you to billing.")
                .stringValue("voice_on_error", "Billing is not available right now.")
                .stringValue("voice_on_success", "You are now connected to billing.")
                .stringValue("destination_type", "extension")
                .stringValue("destination", "204")
                .stringValue("destination_agent_uuid", HANDOVER_AGENT_UUID.toString())
                .numberValue("priority", 1)
                .booleanValue("is_active", true);
    }

    private static void guardRule(LambdaDslObject rule) {
        rule.stringValue("name", "Human requested")
                .stringValue("when_condition", "The caller asks to speak with a person.")
                .array("example_phrases", phrases -> phrases.stringValue("Can I talk to a human?"))
                .stringValue("then_action", "forward")
                .array("selected_channels", channels -> channels.stringValue("phone"))
                .stringValue("say_before_forwarding", "One moment, I am transferring you to a colleague.")
                .stringValue("say_before_end", "Thank you for calling. Goodbye.")
                .stringValue("destination_type", "extension")
                .stringValue("destination", "100")
                .stringValue("destination_agent_uuid", HANDOVER_AGENT_UUID.toString())
                .booleanValue("is_active", true)
                .booleanValue("is_default", false);
    }

    /** A fixed example, so that the pact file is the same from build to build. */
    private static UUID id(String uuid) {
        return UUID.fromString(uuid);
    }

    private static void intent(LambdaDslObject intent) {
        intent.uuid("intent_uuid", INTENT_UUID)
                .stringType("key", "collect_email")
                .stringType("name", "Collect email")
                .stringType("description", "The caller gives an email address.")
                .stringType("recommendation_actions", "Confirm the address by spelling it back.")
                .decimalType("confidence_threshold", 0.75)
                .booleanType("is_system", false)
                .booleanType("intent_llm_handle_by_response", true)
                .object(
                        "webhook",
                        webhook -> webhook.stringType("url", "https://hooks.northwind.example/mihu/intents")
                                .stringType("auth_token", "whk_test_not_a_real_secret"))
                .eachLike(
                        "parameters",
                        parameter -> parameter
                                .stringType("key", "email")
                                .stringType("default", "")
                                .stringType("type", "string")
                                .booleanType("required", true))
                .datetime("created_at", FORMAT, CreateAgentInteractions.TIMESTAMP_EXAMPLE)
                .datetime("updated_at", FORMAT, CreateAgentInteractions.TIMESTAMP_EXAMPLE);
    }
}
