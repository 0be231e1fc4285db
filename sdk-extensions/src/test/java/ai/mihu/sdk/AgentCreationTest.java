package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.AGENT_UUID;
import static ai.mihu.sdk.Fixtures.TOKEN;
import static ai.mihu.sdk.Fixtures.created;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.WebhookEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentCreationTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private MihuClient client;

    @BeforeEach
    void createClient() {
        client = Fixtures.clientFor(server.getPort()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201})
    void unwrapsTheAgentFromTheEnvelopeOnBothSuccessStatuses(int status) {
        server.stubFor(post(AGENTS_PATH).willReturn(json(status, Fixtures.createdAgentBody())));

        Agent agent = client.agents().create(Fixtures.validRequest());

        assertThat(agent.getAgentUuid()).isEqualTo(UUID.fromString(AGENT_UUID));
        assertThat(agent.getName()).isEqualTo("Sales Agent");
        assertThat(agent.getStatus()).isEqualTo(AgentStatus.PENDING);
        assertThat(agent.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-11-07T05:31:56Z"));
    }

    @Test
    void createWithResponseExposesStatusHeadersAndMessage() {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withHeader("X-Request-Id", "req-42")));

        MihuResponse<Agent> response = client.agents().createWithResponse(Fixtures.validRequest());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.message()).isEqualTo("Agent created successfully");
        assertThat(response.data().getName()).isEqualTo("Sales Agent");
        assertThat(response.header("x-request-id")).contains("req-42");
        assertThat(response.headers().get("X-REQUEST-ID")).containsExactly("req-42");
    }

    @Test
    void sendsBearerTokenUserAgentAndJsonToTheAgentsEndpoint() throws IOException {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));

        client.agents().create(Fixtures.validRequest());

        server.verify(
                1,
                postRequestedFor(urlEqualTo(AGENTS_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withHeader("User-Agent", equalTo("mihu-java/" + projectVersion()))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withHeader("Accept", equalTo("application/json")));
        assertThat(projectVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void leavesUnsetFieldsOutOfTheRequestBody() {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        CreateAgentRequest request = new CreateAgentRequest()
                .name("Sales Agent")
                .guidelines(List.of(new GuidelineInput().content("Be brief")))
                .guardRules(List.of(new GuardRuleInput().name("Human").thenAction(GuardRuleAction.FORWARD)));

        client.agents().create(request);

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH)));
        assertThat(requests).hasSize(1);
        String body = requests.get(0).getBodyAsString();
        assertThat(body).doesNotContain("null");
        server.verify(postRequestedFor(urlEqualTo(AGENTS_PATH)).withRequestBody(equalToJson("""
                {"name": "Sales Agent",
                 "guidelines": [{"content": "Be brief"}],
                 "guard_rules": [{"name": "Human", "then_action": "forward"}]}
                """)));
    }

    @Test
    void ignoresUnknownPropertiesAndDecodesUnknownEnumValues() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(201, """
                {"success": true, "message": "ok", "request_id": "r-1", "meta": {"new": [1, 2]},
                 "data": {"agent_uuid": "%s", "name": "Sales Agent",
                          "status": "archived_by_policy",
                          "brand_new_field": {"nested": true},
                          "guard_rules": [{"name": "r", "then_action": "escalate_to_supervisor", "shiny": 1}],
                          "routing_rules": [{"detection_mode": "semantic"}],
                          "webhooks": [{"url": "https://h.example", "events": ["conversation_status", "sentiment_alert"]}]}}
                """.formatted(AGENT_UUID))));

        Agent agent = client.agents().create(Fixtures.validRequest());

        assertThat(agent.getStatus().value()).isEqualTo("archived_by_policy");
        assertThat(agent.getStatus().known()).isEqualTo(AgentStatus.Known.UNKNOWN);
        assertThat(agent.getGuardRules().get(0).getThenAction())
                .isEqualTo(GuardRuleAction.of("escalate_to_supervisor"));
        assertThat(agent.getGuardRules().get(0).getThenAction().isKnown()).isFalse();
        assertThat(agent.getGuardRules().get(0).getName()).isEqualTo("r");
        assertThat(agent.getRoutingRules().get(0).getDetectionMode().value()).isEqualTo("semantic");
        assertThat(agent.getWebhooks().get(0).getEvents())
                .containsExactly(WebhookEvent.CONVERSATION_STATUS, WebhookEvent.of("sentiment_alert"));
    }

    @Test
    void acceptsAnEnvelopeWithoutTheSuccessFlagWhenDataIsPresent() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(201, """
                {"data": {"agent_uuid": "%s", "name": "Sales Agent"}}
                """.formatted(AGENT_UUID))));

        assertThat(client.agents().create(Fixtures.validRequest()).getName()).isEqualTo("Sales Agent");
    }

    @Test
    void buildsTheTenantUrlFromTheSubdomain() {
        try (MihuClient tenant =
                MihuClient.builder().subdomain("Acme-2").apiToken(TOKEN).build()) {
            assertThat(tenant.baseUrl()).isEqualTo("https://acme-2.mihu.ai");
        }
    }

    private static String projectVersion() throws IOException {
        try (InputStream in = AgentCreationTest.class.getResourceAsStream("/ai/mihu/sdk/mihu-sdk.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
