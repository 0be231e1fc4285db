package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentSettingsInput;
import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.model.PhoneNumber;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.ProcedureStep;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.ScheduleAssignment;
import ai.mihu.sdk.model.TrainingExampleInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A valid create answers as the API does: the request echoed, server-assigned values, defaults. */
class MockMihuServerCreateTest {

    private static final ObjectMapper JSON = MockMihuJson.MAPPER;
    private static final Instant NOW = Instant.parse("2026-11-07T05:31:56.789Z");

    private MockMihuServer server;
    private MihuHttp http;

    @BeforeEach
    void startServer() {
        server = MockMihuServer.builder()
                .clock(Clock.fixed(NOW, ZoneId.of("Europe/Istanbul")))
                .start();
        http = new MihuHttp(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void minimalCreateAnswers201WithServerValuesAndDefaults() throws Exception {
        HttpResponse<String> response = http.post("{\"name\":\"Sales Agent\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        ContractCheck.assertAllowedCreateResponse(response);
        CreateAgentResponse created = JSON.readValue(response.body(), CreateAgentResponse.class);
        assertThat(created.getSuccess()).isTrue();
        assertThat(created.getMessage()).isNotBlank();
        Agent agent = created.getData();
        assertThat(agent.getAgentUuid()).isNotNull();
        assertThat(agent.getName()).isEqualTo("Sales Agent");
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.PENDING);
        assertThat(agent.getSpeed()).isEqualTo("normal");
        assertThat(agent.getLanguage()).isEqualTo("en");
        assertThat(agent.getTimezone()).isEqualTo("UTC");
        assertThat(agent.getAppointmentSchedulingEnabled()).isFalse();
        assertThat(agent.getAppointments().getEnabled()).isFalse();
        assertThat(agent.getAppointments().getScheduleAssignments()).isEmpty();
        assertThat(agent.getSettings().getVoice()).isEmpty();
        assertThat(agent.getSettings().getMemorize()).isEmpty();
        assertThat(agent.getGuidelines()).isEmpty();
        assertThat(agent.getNotes()).isEmpty();
        assertThat(agent.getProcedures()).isEmpty();
        assertThat(agent.getTraining()).isEmpty();
        assertThat(agent.getRoutingRules()).isEmpty();
        assertThat(agent.getGuardRules()).isEmpty();
        assertThat(agent.getIntents()).isEmpty();
        assertThat(agent.getWebhooks()).isEmpty();
        assertThat(agent.getPhoneNumbers()).isEmpty();
        assertThat(agent.getChannels()).isEmpty();
        assertThat(agent.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 11, 7, 5, 31, 56, 0, ZoneOffset.UTC));
        assertThat(agent.getUpdatedAt()).isEqualTo(agent.getCreatedAt());
        // Unset optional text is left out, not sent as null.
        assertThat(JSON.readTree(response.body()).get("data").has("description"))
                .isFalse();
    }

    @Test
    void fullyPopulatedCreateEchoesEveryFieldAndAssignsItemUuids() throws Exception {
        CreateAgentRequest request = fullyPopulatedRequest();
        JsonNode sent = JSON.valueToTree(request);
        assertSetsEveryProperty(sent);

        HttpResponse<String> response = http.post(sent.toString());

        assertThat(response.statusCode()).isEqualTo(201);
        ContractCheck.assertAllowedCreateResponse(response);
        JsonNode data = JSON.readTree(response.body()).get("data");
        assertEchoes(sent, data, "");
        Agent agent = JSON.treeToValue(data, Agent.class);
        Set<UUID> uuids = new HashSet<>();
        uuids.add(agent.getAgentUuid());
        agent.getGuidelines().forEach(item -> uuids.add(item.getUuid()));
        agent.getNotes().forEach(item -> uuids.add(item.getUuid()));
        agent.getProcedures().forEach(item -> uuids.add(item.getUuid()));
        agent.getTraining().forEach(item -> uuids.add(item.getUuid()));
        agent.getRoutingRules().forEach(item -> uuids.add(item.getUuid()));
        agent.getGuardRules().forEach(item -> uuids.add(item.getUuid()));
        assertThat(uuids)
                .as("distinct uuids for the agent and its 2+1+1+1+1+1 items")
                .hasSize(8)
                .doesNotContainNull();
    }

    @Test
    void theSpecsOwnRequestExampleRoundTrips() throws Exception {
        JsonNode example = ContractCheck.requestExample();

        HttpResponse<String> response = http.post(example.toString());

        assertThat(response.statusCode()).isEqualTo(201);
        ContractCheck.assertAllowedCreateResponse(response);
        assertEchoes(example, JSON.readTree(response.body()).get("data"), "");
    }

    @Test
    void fillsItemDefaults() throws Exception {
        HttpResponse<String> response =
                http.post("{\"name\":\"A\",\"guidelines\":[{\"content\":\"g0\"},{\"content\":\"g1\"}],"
                        + "\"procedures\":[{\"name\":\"P\"}],\"routing_rules\":[{}],\"guard_rules\":[{}]}");

        Agent agent = JSON.readValue(response.body(), CreateAgentResponse.class).getData();
        assertThat(agent.getGuidelines()).extracting("order").containsExactly(0, 1);
        assertThat(agent.getProcedures().get(0).getSteps()).isEmpty();
        assertThat(agent.getRoutingRules().get(0).getIsActive()).isTrue();
        assertThat(agent.getGuardRules().get(0).getIsActive()).isTrue();
        assertThat(agent.getGuardRules().get(0).getIsDefault()).isFalse();
        ContractCheck.assertAllowedCreateResponse(response);
    }

    @Test
    void answers200WhenConfiguredTo() throws Exception {
        try (MockMihuServer ok = MockMihuServer.builder().createdStatus(200).start()) {
            HttpResponse<String> response = new MihuHttp(ok).post("{\"name\":\"A\"}");

            assertThat(response.statusCode()).isEqualTo(200);
            ContractCheck.assertAllowedCreateResponse(response);
        }
    }

    @Test
    void keepsCreatedAgentsAsAnsweredAndHandsOutCopies() throws Exception {
        HttpResponse<String> first = http.post("{\"name\":\"First\"}");
        http.post("{\"name\":\"Second\"}");

        List<Agent> agents = server.createdAgents();
        assertThat(agents).extracting(Agent::getName).containsExactly("First", "Second");
        assertThat(agents.get(0))
                .isEqualTo(
                        JSON.readValue(first.body(), CreateAgentResponse.class).getData());
        agents.get(0).name("Changed");
        assertThat(server.createdAgents().get(0).getName()).isEqualTo("First");
    }

    @Test
    void recordsMethodPathHeadersAndBodyWithTheOutcome() throws Exception {
        HttpResponse<String> response = MihuHttp.send(
                http.create("{\"name\":\"A\"}").uri(URI.create(server.baseUrl() + "/api/v1/agents?dry=1")));

        assertThat(server.requestCount()).isEqualTo(1);
        RecordedRequest recorded = server.recordedRequests().get(0);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/api/v1/agents");
        assertThat(recorded.query()).hasValue("dry=1");
        assertThat(recorded.header("authorization")).hasValue("Bearer " + MockMihuServer.DEFAULT_API_TOKEN);
        assertThat(recorded.headers()).containsKey("CONTENT-TYPE");
        assertThat(recorded.body()).isEqualTo("{\"name\":\"A\"}");
        assertThat(recorded.bodyAs(CreateAgentRequest.class).getName()).isEqualTo("A");
        assertThat(recorded.receivedAt()).isEqualTo(NOW);
        assertThat(recorded.responseStatus()).hasValue(201);
        assertThat(recorded.createdAgentUuid())
                .hasValue(JSON.readValue(response.body(), CreateAgentResponse.class)
                        .getData()
                        .getAgentUuid());
        assertThat(recorded.toString())
                .doesNotContain(MockMihuServer.DEFAULT_API_TOKEN)
                .contains("Authorization=[***]");
    }

    @Test
    void resetForgetsAgentsCallsAndWaitingFaults() throws Exception {
        http.post("{\"name\":\"A\"}");
        server.enqueueFault(Fault.status(503).times(3));

        server.reset();

        assertThat(server.createdAgents()).isEmpty();
        assertThat(server.recordedRequests()).isEmpty();
        assertThat(server.requestCount()).isZero();
        assertThat(server.pendingFaultCount()).isZero();
        assertThat(http.post("{\"name\":\"B\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void completionsAddWhatTheServiceAttachesToEveryNewAgent() throws Exception {
        UUID phoneNumberUuid = UUID.fromString("7f4d8201-a09e-4bc2-9d34-6f708192a3b4");
        server.completeCreatedAgents(agent -> agent.addPhoneNumbersItem(
                        new PhoneNumber().phoneNumberUuid(phoneNumberUuid).number("+902125550123")))
                .completeCreatedAgents(agent -> agent.recommendations("Add a guideline for returns."));

        HttpResponse<String> response = http.post("{\"name\":\"A\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        ContractCheck.assertAllowedCreateResponse(response);
        Agent answered =
                JSON.readValue(response.body(), CreateAgentResponse.class).getData();
        assertThat(answered.getPhoneNumbers())
                .extracting(PhoneNumber::getPhoneNumberUuid)
                .containsExactly(phoneNumberUuid);
        assertThat(answered.getRecommendations()).isEqualTo("Add a guideline for returns.");
        assertThat(server.createdAgents().get(0).getPhoneNumbers()).hasSize(1);

        server.reset();
        Agent plain = JSON.readValue(http.post("{\"name\":\"B\"}").body(), CreateAgentResponse.class)
                .getData();
        assertThat(plain.getPhoneNumbers()).isEmpty();
        assertThat(plain.getRecommendations()).isNull();
    }

    @Test
    void readingARecordedBodyAsTheWrongShapeSaysWhichCall() throws Exception {
        http.post("{\"name\":");

        RecordedRequest recorded = server.recordedRequests().get(0);
        assertThatThrownBy(() -> recorded.bodyAs(CreateAgentRequest.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST /api/v1/agents")
                .hasMessageContaining("CreateAgentRequest");
    }

    /** A request with every property the contract defines, nested items included. */
    private static CreateAgentRequest fullyPopulatedRequest() {
        UUID intent = UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a");
        UUID otherAgent = UUID.fromString("0b6f4a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        return new CreateAgentRequest()
                .name("Sales Agent")
                .description("Answers product questions.")
                .companyName("Northwind Outfitters")
                .role("Sales representative")
                .objective("Book demos.")
                .tone("Friendly")
                .behaviorGuidelines("Never promise discounts.")
                .companyService("Outdoor equipment")
                .topic("Camping gear")
                .lengthDetail("Short")
                .interestOfProduct("Tents")
                .negativeResponse("Offer a catalogue.")
                .status(AgentStatus.READY)
                .customPrompt("Confirm the caller's name.")
                .language("tr")
                .speed(AgentSpeed.FAST)
                .timezone("Europe/Istanbul")
                .appointmentSchedulingEnabled(true)
                .appointmentSchedulingRandomly(true)
                .customLlmUrl("https://llm.example/v1/chat")
                .settings(new AgentSettingsInput()
                        .voice(Map.of("voice_id", "aria"))
                        .text(Map.of("max_reply_chars", 400)))
                .guidelines(List.of(
                        new GuidelineInput().content("Greet.").order(0),
                        new GuidelineInput().content("Be brief.").order(1)))
                .notes(List.of(
                        new NoteInput().content("Catalogue ships in March.").order(0)))
                .procedures(List.of(new ProcedureInput()
                        .name("Book a demo")
                        .description("Collect details.")
                        .steps(List.of(new ProcedureStep()
                                .order(1)
                                .description("Ask for email.")
                                .intentUuid(intent)))))
                .training(List.of(new TrainingExampleInput()
                        .content("Do you rent tents?")
                        .intent("rental")
                        .response("Yes.")))
                .appointments(new AppointmentsConfig()
                        .enabled(true)
                        .randomAssignment(true)
                        .scheduleAssignments(List.of(new ScheduleAssignment()
                                .scheduleUuid(UUID.fromString("9b2f4c1e-6a3d-4e8f-b1c2-7d5e9f0a1b23"))
                                .priority("primary")
                                .status("active")
                                .name("Demos")
                                .description("Thirty minutes.")
                                .slotRules(Map.of("duration_minutes", 30))
                                .rescheduling(Map.of("allowed", true))
                                .cancellation(Map.of("notice_hours", 24))
                                .questions(Map.of("ask_company", true))
                                .approval(Map.of("required", false)))))
                .routingRules(List.of(new RoutingRuleInput()
                        .detectionMode(RoutingDetectionMode.BOTH)
                        .triggerKeyword("billing")
                        .departmentName("Billing")
                        .phrases(List.of("my invoice"))
                        .aiPrompt("Invoice questions.")
                        .voiceResponse("Connecting.")
                        .voiceOnError("Unavailable.")
                        .voiceOnSuccess("Connected.")
                        .destinationType("extension")
                        .destination("204")
                        .destinationAgentUuid(otherAgent)
                        .priority(1)
                        .isActive(false)))
                .guardRules(List.of(new GuardRuleInput()
                        .name("Human requested")
                        .whenCondition("Caller asks for a person.")
                        .examplePhrases(List.of("A human, please"))
                        .thenAction(GuardRuleAction.END_CONVERSATION)
                        .selectedChannels(List.of("phone", "whatsapp"))
                        .sayBeforeForwarding("One moment.")
                        .sayBeforeEnd("Goodbye.")
                        .destinationType("extension")
                        .destination("100")
                        .destinationAgentUuid(otherAgent)
                        .isActive(true)
                        .isDefault(true)));
    }

    /**
     * Fails if the request leaves out a property its model class declares, so this test keeps up
     * with the contract: a new request field must be added to {@link #fullyPopulatedRequest()}.
     */
    private static void assertSetsEveryProperty(JsonNode sent) {
        assertDeclaredPropertiesPresent(CreateAgentRequest.class, sent);
        assertDeclaredPropertiesPresent(AgentSettingsInput.class, sent.get("settings"));
        assertDeclaredPropertiesPresent(
                GuidelineInput.class, sent.get("guidelines").get(0));
        assertDeclaredPropertiesPresent(NoteInput.class, sent.get("notes").get(0));
        assertDeclaredPropertiesPresent(
                ProcedureInput.class, sent.get("procedures").get(0));
        assertDeclaredPropertiesPresent(
                ProcedureStep.class, sent.get("procedures").get(0).get("steps").get(0));
        assertDeclaredPropertiesPresent(
                TrainingExampleInput.class, sent.get("training").get(0));
        assertDeclaredPropertiesPresent(AppointmentsConfig.class, sent.get("appointments"));
        assertDeclaredPropertiesPresent(
                ScheduleAssignment.class,
                sent.get("appointments").get("schedule_assignments").get(0));
        assertDeclaredPropertiesPresent(
                RoutingRuleInput.class, sent.get("routing_rules").get(0));
        assertDeclaredPropertiesPresent(
                GuardRuleInput.class, sent.get("guard_rules").get(0));
    }

    private static void assertDeclaredPropertiesPresent(Class<?> model, JsonNode node) {
        List<String> missing = new ArrayList<>();
        for (Field field : model.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("JSON_PROPERTY_")) {
                try {
                    String property = (String) field.get(null);
                    if (!node.has(property)) {
                        missing.add(property);
                    }
                } catch (IllegalAccessException e) {
                    fail("Cannot read " + field, e);
                }
            }
        }
        assertThat(missing)
                .as("properties of %s the test request leaves out", model.getSimpleName())
                .isEmpty();
    }

    /** Every value sent is in the answer at the same place; the answer may add more. */
    private static void assertEchoes(JsonNode sent, JsonNode answered, String path) {
        assertThat(answered).as("answer at '%s'", path).isNotNull();
        if (sent.isObject()) {
            for (Map.Entry<String, JsonNode> field : sent.properties()) {
                assertEchoes(field.getValue(), answered.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (sent.isArray()) {
            assertThat(answered.size()).as("size of '%s'", path).isEqualTo(sent.size());
            for (int i = 0; i < sent.size(); i++) {
                assertEchoes(sent.get(i), answered.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(answered).as("value at '%s'", path).isEqualTo(sent);
        }
    }
}
