package ai.mihu.sdk.internal;

import ai.mihu.sdk.model.AgentSettingsInput;
import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.ProcedureStep;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.ScheduleAssignment;
import ai.mihu.sdk.model.TrainingExampleInput;
import java.util.UUID;

/**
 * A create-agent request with every field of every nested object set, each to a value of its
 * own so that two fields mapped to the same JSON name would show. It matches
 * {@code /wire/full-create-agent-request.json}.
 */
final class FullCreateAgentRequest {

    static final String EXPECTED_JSON = "/wire/full-create-agent-request.json";

    private FullCreateAgentRequest() {}

    static CreateAgentRequest build() {
        return new CreateAgentRequest()
                .name("Sales Agent")
                .description("Answers product questions for Northwind Outfitters.")
                .companyName("Northwind Outfitters")
                .role("Senior sales representative")
                .objective("Book a product demo.")
                .tone("Friendly and concise")
                .behaviorGuidelines("Never promise discounts.")
                .companyService("Outdoor equipment retail")
                .topic("Camping gear")
                .lengthDetail("Two sentences at most")
                .interestOfProduct("Tents")
                .negativeResponse("Offer to send a catalogue.")
                .status(AgentStatus.IN_PROGRESS)
                .customPrompt("Confirm the caller's name.")
                .language("tr")
                .speed(AgentSpeed.FAST)
                .timezone("Europe/Istanbul")
                .appointmentSchedulingEnabled(true)
                .appointmentSchedulingRandomly(false)
                .customLlmUrl("https://llm.northwind.example/v1/chat")
                .settings(new AgentSettingsInput()
                        .putVoiceItem("voice_id", "aria")
                        .putVoiceItem("pitch", 1.5)
                        .putTextItem("max_reply_chars", 400)
                        .putTextItem("emoji", false))
                .addGuidelinesItem(new GuidelineInput()
                        .content("Greet the caller by name.")
                        .order(0))
                .addGuidelinesItem(
                        new GuidelineInput().content("Keep answers short.").order(1))
                .addNotesItem(new NoteInput()
                        .content("The spring catalogue ships on 1 March.")
                        .order(2))
                .addProceduresItem(new ProcedureInput()
                        .name("Book a demo")
                        .description("Collect contact details and book a slot.")
                        .addStepsItem(new ProcedureStep()
                                .order(1)
                                .description("Ask for the email address.")
                                .intentUuid(UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a"))))
                .addTrainingItem(new TrainingExampleInput()
                        .content("Do you rent tents?")
                        .intent("rental_question")
                        .response("Yes, by the weekend."))
                .appointments(new AppointmentsConfig()
                        .enabled(true)
                        .randomAssignment(false)
                        .addScheduleAssignmentsItem(new ScheduleAssignment()
                                .scheduleUuid(UUID.fromString("9b2f4c1e-6a3d-4e8f-b1c2-7d5e9f0a1b23"))
                                .priority("primary")
                                .status("active")
                                .name("Demo calendar")
                                .description("Thirty-minute demos.")
                                .putSlotRulesItem("duration_minutes", 30)
                                .putReschedulingItem("allowed", true)
                                .putCancellationItem("notice_hours", 24)
                                .putQuestionsItem("ask_company_size", true)
                                .putApprovalItem("required", false)))
                .addRoutingRulesItem(new RoutingRuleInput()
                        .detectionMode(RoutingDetectionMode.BOTH)
                        .triggerKeyword("billing")
                        .departmentName("Billing")
                        .addPhrasesItem("I have a question about my invoice")
                        .addPhrasesItem("billing please")
                        .aiPrompt("Route invoice questions to billing.")
                        .voiceResponse("Let me connect you to billing.")
                        .voiceOnError("Billing is not available right now.")
                        .voiceOnSuccess("You are now connected to billing.")
                        .destinationType("extension")
                        .destination("204")
                        .destinationAgentUuid(UUID.fromString("5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f"))
                        .priority(7)
                        .isActive(true))
                .addGuardRulesItem(new GuardRuleInput()
                        .name("Human requested")
                        .whenCondition("The caller asks for a person.")
                        .addExamplePhrasesItem("Can I talk to a human?")
                        .thenAction(GuardRuleAction.END_CONVERSATION)
                        .addSelectedChannelsItem("phone")
                        .addSelectedChannelsItem("whatsapp")
                        .sayBeforeForwarding("One moment, I am transferring you.")
                        .sayBeforeEnd("Goodbye, a colleague will call you back.")
                        .destinationType("agent")
                        .destination("100")
                        .destinationAgentUuid(UUID.fromString("6e3c71f0-9f8d-4ab1-8c23-5e6f708192a3"))
                        .isActive(false)
                        .isDefault(true));
    }
}
