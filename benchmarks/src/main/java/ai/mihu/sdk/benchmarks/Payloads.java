package ai.mihu.sdk.benchmarks;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The requests and canned answers the benchmarks use: a minimal agent (a name only) and a fully
 * populated one (every request field set), with the 201 bodies a server answers for each.
 */
public final class Payloads {

    /** The token the benchmark clients send; the canned server does not check it. */
    public static final String API_TOKEN = "benchmark-token";

    private static final UUID EMAIL_INTENT = UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a");
    private static final UUID DEMO_CALENDAR = UUID.fromString("9b2f4c1e-6a3d-4e8f-b1c2-7d5e9f0a1b23");
    private static final UUID BILLING_AGENT = UUID.fromString("5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f");
    private static final UUID SUPERVISOR_AGENT = UUID.fromString("6e3c71f0-9f8d-4ab1-8c23-5e6f708192a3");

    private Payloads() {}

    /**
     * A request with only the required name.
     *
     * @return a new request
     */
    public static CreateAgentRequest minimalRequest() {
        return CreateAgentRequests.builder("Support").build();
    }

    /**
     * A request that sets every field the spec defines, with nested lists of one or two items.
     *
     * @return a new request
     */
    public static CreateAgentRequest fullRequest() {
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
                .settings(s -> s.voice(Map.of("voice_id", "aria")).text(Map.of("max_reply_chars", 400)))
                .addGuideline("Greet the caller by name when it is known.")
                .addGuideline(g -> g.content("Escalate complaints.").order(10))
                .addNote(n -> n.content("Rentals need a deposit.").order(4))
                .addNote("The spring catalogue ships on 1 March.")
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
                                .approval(Map.of("required", false))))
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
                        .whenCondition("The caller is abusive.")
                        .thenAction(GuardRuleAction.END_CONVERSATION)
                        .addSelectedChannel(Channels.PHONE)
                        .sayBeforeEnd("I am ending this call now. Goodbye."))
                .build();
    }

    /**
     * The 201 body for a minimal agent: the name echoed, server defaults, empty lists.
     *
     * @return the JSON bytes
     */
    public static byte[] minimalResponse() {
        return resource("minimal-create-agent-response.json");
    }

    /**
     * The 201 body with every documented {@code Agent} field: the spec module's reference response.
     *
     * @return the JSON bytes
     */
    public static byte[] fullResponse() {
        return resource("full-create-agent-response.json");
    }

    /**
     * The request and response of one of the two agent sizes.
     *
     * @param size {@code minimal} or {@code full}
     * @return the request
     */
    public static CreateAgentRequest request(String size) {
        return switch (size) {
            case "minimal" -> minimalRequest();
            case "full" -> fullRequest();
            default -> throw new IllegalArgumentException("size is minimal or full, not " + size);
        };
    }

    /**
     * The canned response of one of the two agent sizes, or the chat completion of the peer.
     *
     * @param size {@code minimal}, {@code full} or {@code chat}
     * @return the JSON bytes
     */
    public static byte[] response(String size) {
        return switch (size) {
            case "minimal" -> minimalResponse();
            case "full" -> fullResponse();
            case "chat" -> resource("chat-completion-response.json");
            default -> throw new IllegalArgumentException("size is minimal, full or chat, not " + size);
        };
    }

    /**
     * The answer the canned server gives for {@code size}: {@code chat} is a fixed chat completion
     * for the openai-java peer, any other size the create-agent answer.
     *
     * @param size {@code minimal}, {@code full} or {@code chat}
     * @return the HTTP status to answer with
     */
    public static int status(String size) {
        return "chat".equals(size) ? 200 : 201;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
