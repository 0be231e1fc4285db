package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.AGENT_UUID;
import static ai.mihu.sdk.Fixtures.INTENT_WEBHOOK_TOKEN;
import static ai.mihu.sdk.Fixtures.TOKEN;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.model.Agent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API token and intent webhook credentials never reach logs, exception messages or toString(). */
class RedactionTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final String AGENT_WITH_SECRETS = """
            {"success": true, "message": "Agent created",
             "data": {"agent_uuid": "%s", "name": "Sales Agent",
                      "intents": [{"key": "collect_email",
                                   "webhook": {"url": "https://hooks.example/intents", "auth_token": "%s"}}],
                      "webhooks": [{"url": "https://hooks.example/events", "has_secret": true,
                                    "secret": "whsec_never_returned_but_if_it_were"}]}}
            """.formatted(AGENT_UUID, INTENT_WEBHOOK_TOKEN);

    @ParameterizedTest
    @EnumSource(LogLevel.class)
    void logsNoSecretAtAnyLevel(LogLevel level) {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(201, AGENT_WITH_SECRETS).withHeader("X-Webhook-Secret", "echoed-secret-value")));

        String logged;
        Agent agent;
        try (LogCapture logs = new LogCapture();
                MihuClient client =
                        Fixtures.clientFor(server.getPort()).logLevel(level).build()) {
            agent = client.agents().create(Fixtures.validRequest());
            logged = logs.text();
        }

        assertThat(agent.getIntents().get(0).getWebhook().getAuthToken()).isEqualTo(INTENT_WEBHOOK_TOKEN);
        assertThat(logged).doesNotContain(TOKEN, INTENT_WEBHOOK_TOKEN, "whsec_never_returned", "echoed-secret-value");
        if (level != LogLevel.NONE) {
            assertThat(logged).contains("---> POST http://127.0.0.1:" + server.getPort() + AGENTS_PATH);
        }
        if (level == LogLevel.HEADERS || level == LogLevel.BODY) {
            // OkHttp reports response header names in lower case.
            assertThat(logged).contains("Authorization: [REDACTED]", "x-webhook-secret: [REDACTED]");
        }
        if (level == LogLevel.BODY) {
            // The body is logged, with only the credentials masked.
            assertThat(logged)
                    .contains(
                            "\"name\":\"Sales Agent\"",
                            "\"auth_token\": \"[REDACTED]\"",
                            "\"has_secret\": true",
                            "\"secret\": \"[REDACTED]\"");
        }
    }

    @Test
    void noLogLinesAtLevelNone() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(201, AGENT_WITH_SECRETS)));

        try (LogCapture logs = new LogCapture();
                MihuClient client = Fixtures.clientFor(server.getPort())
                        .logLevel(LogLevel.NONE)
                        .build()) {
            client.agents().create(Fixtures.validRequest());
            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("--->") || line.contains("<---"))
                    .isEmpty();
        }
    }

    @Test
    void echoedTokenIsMaskedInExceptionMessageAndRawBody() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(401, """
                {"success": false, "message": "Token %s is revoked",
                 "error": {"code": "INVALID_AUTH_TOKEN", "details": "token=%s", "auth_token": "%s"}}
                """.formatted(TOKEN, TOKEN, INTENT_WEBHOOK_TOKEN))));

        try (LogCapture logs = new LogCapture();
                MihuClient client = Fixtures.clientFor(server.getPort())
                        .logLevel(LogLevel.BODY)
                        .build()) {
            AuthenticationException e = catchThrowableOfType(
                    AuthenticationException.class, () -> client.agents().create(Fixtures.validRequest()));

            assertThat(e.getMessage()).contains("Token [REDACTED] is revoked");
            assertThat(stackTraceOf(e) + e.rawBody() + e.serverMessage() + e.details() + e.response() + logs.text())
                    .doesNotContain(TOKEN, INTENT_WEBHOOK_TOKEN);
        }
    }

    @Test
    void malformedSuccessBodyKeepsCredentialsOutOfTheException() {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(
                        201,
                        "{\"success\": true, \"data\": {\"intents\": [{\"webhook\": {\"auth_token\": \""
                                + INTENT_WEBHOOK_TOKEN)));

        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            MalformedResponseException e = catchThrowableOfType(
                    MalformedResponseException.class, () -> client.agents().create(Fixtures.validRequest()));

            assertThat(e.rawBody()).contains("\"auth_token\": \"[REDACTED]\"");
            assertThat(stackTraceOf(e) + e.rawBody()).doesNotContain(INTENT_WEBHOOK_TOKEN);
        }
    }

    @Test
    void toStringsNeverShowTheToken() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(201, AGENT_WITH_SECRETS)));

        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            MihuResponse<Agent> response = client.agents().createWithResponse(Fixtures.validRequest());

            assertThat(client.toString())
                    .contains("baseUrl=http://127.0.0.1:" + server.getPort())
                    .doesNotContain(TOKEN);
            assertThat(client.agents().toString()).doesNotContain(TOKEN);
            assertThat(response.toString()).contains("Sales Agent").doesNotContain(INTENT_WEBHOOK_TOKEN);
            MihuClient tenant = client.forTenant("acme", TOKEN + "x").withOptions(o -> o.header("X-Trace", "t1"));
            assertThat(tenant.toString()).doesNotContain(TOKEN).contains("https://acme.mihu.ai", "X-Trace");
            assertThat(tenant.options().toString()).doesNotContain("t1");
        }
    }

    @Test
    void connectionFailureMessageDoesNotContainTheToken() {
        try (MihuClient client = MihuClient.builder()
                        .baseUrl("http://127.0.0.1:" + Fixtures.closedPort())
                        .apiToken(TOKEN)
                        .maxRetries(0)
                        .logLevel(LogLevel.BODY)
                        .build();
                LogCapture logs = new LogCapture()) {
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

            assertThat(stackTraceOf(e) + logs.text()).doesNotContain(TOKEN);
        }
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
