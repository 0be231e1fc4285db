package ai.mihu.sdk.builders;

import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.enums.KnownValues.ScheduleAssignmentStatuses;
import ai.mihu.sdk.enums.KnownValues.SchedulePriorities;
import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.RoutingDetectionMode;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A request that sets every property the spec defines, built the way a user would write it. */
final class SalesAgentFixture {

    static final UUID EMAIL_INTENT = UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    static final UUID DEMO_CALENDAR = UUID.fromString("9b2f4c1e-6a3d-4e8f-b1c2-7d5e9f0a1b23");
    static final UUID BILLING_AGENT = UUID.fromString("5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f");
    static final UUID SUPERVISOR_AGENT = UUID.fromString("6e3c71f0-9f8d-4ab1-8c23-5e6f708192a3");

    /** Serialises as the client does: unset properties are left out. */
    static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private SalesAgentFixture() {}

    static CreateAgentRequestBuilder fullyPopulated() {
        return CreateAgentRequests.builder("Sales Agent")
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
                .status(AgentStatus.PENDING)
                .customPrompt("Always confirm the caller's name before booking.")
                .language(Locale.ENGLISH)
                .speed(AgentSpeed.NORMAL)
                .timezone(ZoneId.of("Europe/Istanbul"))
                .appointmentSchedulingEnabled(true)
                .appointmentSchedulingRandomly(false)
                .customLlmUrl(URI.create("https://llm.northwind.example/v1/chat"))
                .settings(s -> s.voice(Map.of("voice_id", "aria"))
                        .text(Map.of("max_reply_chars", 400, "greeting", Map.of("enabled", true))))
                .addGuideline("Greet the caller by name when it is known.")
                .addGuideline(g -> g.content("Keep answers under thirty seconds."))
                .addGuideline(g -> g.content("Escalate complaints.").order(10))
                .addNote("The spring catalogue ships on 1 March.")
                .addNote(n -> n.content("Rentals need a deposit.").order(4))
                .addProcedure(p -> p.name("Book a demo")
                        .description("Collect contact details and book a demo slot.")
                        .addStep(s -> s.order(1)
                                .description("Ask for the caller's email address.")
                                .intentUuid(EMAIL_INTENT))
                        .addStep(s -> s.order(2).description("Offer the next two free demo slots.")))
                .addTrainingExample(t -> t.content("Do you rent tents?")
                        .intent("rental_question")
                        .response("Yes, we rent tents for two to eight people by the weekend."))
                .appointments(a -> a.enabled(true)
                        .randomAssignment(false)
                        .addScheduleAssignment(s -> s.scheduleUuid(DEMO_CALENDAR)
                                .priority(SchedulePriorities.PRIMARY)
                                .status(ScheduleAssignmentStatuses.ACTIVE)
                                .name("Demo calendar")
                                .description("Thirty-minute product demos.")
                                .slotRules(Map.of("duration_minutes", 30))
                                .rescheduling(Map.of("allowed", true))
                                .cancellation(Map.of("notice_hours", 24))
                                .questions(Map.of("items", List.of("Company size?")))
                                .approval(Map.of())))
                .addRoutingRule(r -> r.detectionMode(RoutingDetectionMode.EXACT)
                        .triggerKeyword("billing")
                        .departmentName("Billing")
                        .addPhrase("I have a question about my invoice")
                        .addPhrase("Billing, please")
                        .aiPrompt("Route callers with invoice questions to billing.")
                        .voiceResponse("Let me connect you to billing.")
                        .voiceOnError("Billing is not available right now.")
                        .voiceOnSuccess("You are now connected to billing.")
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("204")
                        .destinationAgentUuid(BILLING_AGENT)
                        .priority(1)
                        .isActive(true))
                .addGuardRule(g -> g.name("Human requested")
                        .whenCondition("The caller asks to speak with a person.")
                        .addExamplePhrase("Can I talk to a human?")
                        .thenAction(GuardRuleAction.FORWARD)
                        .selectedChannels(List.of(Channels.PHONE, Channels.WHATSAPP))
                        .sayBeforeForwarding("One moment, I am transferring you to a colleague.")
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("100")
                        .destinationAgentUuid(SUPERVISOR_AGENT)
                        .isActive(true)
                        .isDefault(false))
                .addGuardRule(g -> g.name("Abusive caller")
                        .thenAction(GuardRuleAction.END_CONVERSATION)
                        .addSelectedChannel(Channels.PHONE)
                        .sayBeforeEnd("I am ending this call now. Goodbye."));
    }
}
