package ai.mihu.sdk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.CreateAgentResponse;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.WebhookEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives the generated Feign client, configured as the SDK configures it, against a loopback
 * WireMock server: what goes on the wire for a create-agent request, and what comes back out
 * of the reference page's response example.
 */
class GeneratedClientWireTest {

    private static final String PATH = "/api/v1/agents";
    private static final String TOKEN = "mihu_test_token_7f3c2a1e";
    private static final String REFERENCE_RESPONSE = "/reference/create-agent-response.json";

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private SdkConfiguredClient client;

    @BeforeEach
    void connect() {
        client = new SdkConfiguredClient("http://127.0.0.1:" + SERVER.getPort(), TOKEN);
    }

    @Test
    void fullRequestFixtureCoversEveryPropertyOfEveryRequestModel() {
        // Keeps the next test honest: if the spec gains a request field, the fixture must too.
        JsonNode expected = JsonTrees.parse(JsonTrees.resource(FullCreateAgentRequest.EXPECTED_JSON));

        assertThat(ModelCoverage.gaps(CreateAgentRequest.class, expected)).isEmpty();
    }

    @Test
    void sendsEveryFieldOfAFullyPopulatedRequestUnderItsSnakeCaseName() {
        respondWith(201, JsonTrees.resource(REFERENCE_RESPONSE));

        client.agents().createAgent(FullCreateAgentRequest.build());

        JsonNode expected = JsonTrees.parse(JsonTrees.resource(FullCreateAgentRequest.EXPECTED_JSON));
        assertThat(sentBody()).isEqualTo(expected);
    }

    @Test
    void leavesUnsetFieldsOutOfTheBodyInsteadOfSendingNullsOrEmptyLists() {
        respondWith(201, JsonTrees.resource(REFERENCE_RESPONSE));

        client.agents()
                .createAgent(new CreateAgentRequest()
                        .name("Sales Agent")
                        .addGuidelinesItem(new GuidelineInput().content("Greet the caller by name.")));

        assertThat(sentBody())
                .isEqualTo(JsonTrees.parse(
                        "{\"name\":\"Sales Agent\",\"guidelines\":[{\"content\":\"Greet the caller by name.\"}]}"));
        assertThat(sentRequest().getBodyAsString()).doesNotContain("null").doesNotContain("[]");
    }

    @Test
    void sendsTheBearerTokenAndJsonContentHeaders() {
        respondWith(201, JsonTrees.resource(REFERENCE_RESPONSE));

        client.agents().createAgent(new CreateAgentRequest().name("Sales Agent"));

        SERVER.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withHeader("Accept", equalTo("application/json")));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {200, 201})
    void decodesTheReferenceResponseWithEveryFieldIntact(int status) throws Exception {
        String reference = JsonTrees.resource(REFERENCE_RESPONSE);
        respondWith(status, reference);

        CreateAgentResponse response = client.agents().createAgent(new CreateAgentRequest().name("Sales Agent"));

        JsonNode roundTrip = JsonTrees.parse(client.objectMapper().writeValueAsString(response));
        assertThat(JsonTrees.sameJson(roundTrip, JsonTrees.parse(reference)))
                .as("re-serialised response%n%s%nequals the reference%n%s", roundTrip.toPrettyString(), reference)
                .isTrue();
        assertThat(nullGetters(response.getData()))
                .as("Agent properties left null")
                .isEmpty();
        assertThat(response.getData().getAgentUuid())
                .isEqualTo(UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
        assertThat(response.getData().getStatus()).isEqualTo(AgentStatus.PENDING);
        assertThat(response.getData().getSpeed()).isEqualTo("<string>");
        assertThat(response.getData().getCreatedAt()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
        assertThat(response.getData().getIntents().get(0).getConfidenceThreshold())
                .isEqualTo(123.0);
        assertThat(response.getData().getWebhooks().get(0).getEvents())
                .containsExactly(WebhookEvent.CONVERSATION_STATUS);
        assertThat(response.getData().getGuardRules().get(0).getThenAction()).isEqualTo(GuardRuleAction.FORWARD);
    }

    @Test
    void keepsUnknownEnumValuesAsReceivedInsteadOfFailing() throws Exception {
        ObjectNode reference = (ObjectNode) JsonTrees.parse(JsonTrees.resource(REFERENCE_RESPONSE));
        ((ObjectNode) reference.get("data")).put("status", "archived");
        ((ObjectNode) reference.at("/data/routing_rules/0")).put("detection_mode", "semantic");
        ((ObjectNode) reference.at("/data/guard_rules/0")).put("then_action", "escalate");
        ((ObjectNode) reference.at("/data/webhooks/0")).putArray("events").add("call_recording_ready");
        respondWith(201, reference.toString());

        CreateAgentResponse response = client.agents().createAgent(new CreateAgentRequest().name("Sales Agent"));

        AgentStatus status = response.getData().getStatus();
        assertThat(status.value()).isEqualTo("archived");
        assertThat(status.known()).isEqualTo(AgentStatus.Known.UNKNOWN);
        assertThat(status.isKnown()).isFalse();
        assertThat(status.isDecoded()).isTrue();
        assertThat(response.getData()
                        .getRoutingRules()
                        .get(0)
                        .getDetectionMode()
                        .value())
                .isEqualTo("semantic");
        assertThat(response.getData().getGuardRules().get(0).getThenAction().value())
                .isEqualTo("escalate");
        assertThat(response.getData().getWebhooks().get(0).getEvents())
                .extracting(WebhookEvent::value)
                .containsExactly("call_recording_ready");
        assertThat(response.getData().getName()).isEqualTo("<string>");

        JsonNode roundTrip = JsonTrees.parse(client.objectMapper().writeValueAsString(response));
        assertThat(JsonTrees.sameJson(roundTrip, reference))
                .as("re-serialised response%n%s%nequals what was received%n%s", roundTrip.toPrettyString(), reference)
                .isTrue();
    }

    @Test
    void ignoresUnknownPropertiesAtEveryLevel() {
        ObjectNode reference = (ObjectNode) JsonTrees.parse(JsonTrees.resource(REFERENCE_RESPONSE));
        reference.putObject("meta").put("request_id", "req_123");
        ((ObjectNode) reference.get("data")).put("voicemail_enabled", true);
        ((ObjectNode) reference.at("/data/guidelines/0")).putArray("tags").add("greeting");
        respondWith(201, reference.toString());

        CreateAgentResponse response = client.agents().createAgent(new CreateAgentRequest().name("Sales Agent"));

        assertThat(response.getSuccess()).isTrue();
        assertThat(response.getData().getGuidelines().get(0).getUuid())
                .isEqualTo(UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a"));
    }

    private static void respondWith(int status, String body) {
        SERVER.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static LoggedRequest sentRequest() {
        List<LoggedRequest> requests = SERVER.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static JsonNode sentBody() {
        return JsonTrees.parse(sentRequest().getBodyAsString());
    }

    /** Names of the object's JSON properties whose getter returns null. */
    private static List<String> nullGetters(Object model) throws ReflectiveOperationException {
        List<String> nulls = new ArrayList<>();
        for (Method getter : model.getClass().getMethods()) {
            JsonProperty property = getter.getAnnotation(JsonProperty.class);
            if (property != null && getter.getParameterCount() == 0 && getter.invoke(model) == null) {
                nulls.add(property.value());
            }
        }
        return nulls;
    }
}
