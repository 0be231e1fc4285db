package ai.mihu.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

/** Shared test data: a token, request and response bodies, and clients pointed at a loopback fake. */
final class Fixtures {

    static final String TOKEN = "sk_test_7d1f0c9b2a4e4f6a8b3c5d2e";
    static final String AGENTS_PATH = "/api/v1/agents";
    static final String AGENT_UUID = "5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f";
    static final String INTENT_WEBHOOK_TOKEN = "whk_live_9f8e7d6c5b4a3928";

    private Fixtures() {}

    /** WireMock on loopback, on a free port. */
    static WireMockConfiguration loopbackServer() {
        return WireMockConfiguration.wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(40);
    }

    /** A client for a fake on {@code port}, with backoff short enough for tests. */
    static MihuClient.Builder clientFor(int port) {
        return MihuClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .apiToken(TOKEN)
                .readTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(40));
    }

    static CreateAgentRequest validRequest() {
        return new CreateAgentRequest().name("Sales Agent");
    }

    /** The envelope of a created agent, in the shape the API documents. */
    static String createdAgentBody() {
        return """
                {"success": true, "message": "Agent created successfully",
                 "data": {"agent_uuid": "%s", "name": "Sales Agent", "status": "pending", "language": "en",
                          "created_at": "2026-11-07T05:31:56Z"}}
                """.formatted(AGENT_UUID);
    }

    static ResponseDefinitionBuilder created() {
        return json(201, createdAgentBody());
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static String errorBody(String message, String code, String details, String field) {
        return """
                {"success": false, "message": %s, "error": {"code": %s, "details": %s, "field": %s}}
                """.formatted(quote(message), quote(code), quote(details), quote(field));
    }

    /** A port on loopback with nothing listening, so connecting to it is refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
