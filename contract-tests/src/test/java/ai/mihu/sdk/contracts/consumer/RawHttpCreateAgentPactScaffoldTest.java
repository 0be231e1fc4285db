package ai.mihu.sdk.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SCAFFOLD, to be replaced: drives the consumer interactions with a plain {@code java.net.http}
 * client, only to prove the pipeline (V4 pact written to {@code target/pacts}, checked against the
 * spec, ready to publish) until {@code MihuClient} exists. The real consumer test must drive
 * {@code MihuClient} against the same {@link CreateAgentInteractions}, so that the pact records
 * what the SDK truly sends; then this class is deleted.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractParties.PROVIDER, pactVersion = PactSpecVersion.V4)
class RawHttpCreateAgentPactScaffoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String MINIMAL_BODY = "{\"name\":\"Sales Agent\"}";

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact createMinimalAgent(PactDslWithProvider builder) {
        return CreateAgentInteractions.createMinimalAgent(builder);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact createFullyPopulatedAgent(PactDslWithProvider builder) {
        return CreateAgentInteractions.createFullyPopulatedAgent(builder);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact rejectInvalidToken(PactDslWithProvider builder) {
        return CreateAgentInteractions.rejectInvalidToken(builder);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact rejectInvalidField(PactDslWithProvider builder) {
        return CreateAgentInteractions.rejectInvalidField(builder);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact rejectRateLimited(PactDslWithProvider builder) {
        return CreateAgentInteractions.rejectRateLimited(builder);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact rejectUnavailable(PactDslWithProvider builder) {
        return CreateAgentInteractions.rejectUnavailable(builder);
    }

    @Test
    @PactTestFor(pactMethod = "createMinimalAgent")
    void minimalAgentIsCreated(MockServer server) throws Exception {
        HttpResponse<String> response = post(server, MINIMAL_BODY);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode agent = JSON.readTree(response.body()).get("data");
        assertThat(agent.get("agent_uuid").asText()).isEqualTo(CreateAgentInteractions.UUID_EXAMPLE);
        assertThat(agent.get("name").asText()).isEqualTo(CreateAgentInteractions.MINIMAL_AGENT_NAME);
    }

    @Test
    @PactTestFor(pactMethod = "createFullyPopulatedAgent")
    void fullyPopulatedAgentIsCreated(MockServer server) throws Exception {
        // The scaffold sends the pact's own example body; MihuClient will build it from its builders.
        HttpResponse<String> response = post(server, FullAgent.request().getBody().toString());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode agent = JSON.readTree(response.body()).get("data");
        assertThat(agent.get("name").asText()).isEqualTo(FullAgent.NAME);
        assertThat(agent.at("/intents/0/webhook/auth_token").asText()).isNotBlank();
        assertThat(agent.at("/phone_numbers/0/capabilities/call").asBoolean()).isTrue();
        assertThat(agent.at("/webhooks/0/events/0").asText()).isEqualTo("conversation_status");
    }

    @Test
    @PactTestFor(pactMethod = "rejectInvalidToken")
    void invalidTokenIsRejected(MockServer server) throws Exception {
        HttpResponse<String> response = post(server, MINIMAL_BODY);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("INVALID_AUTH_TOKEN");
    }

    @Test
    @PactTestFor(pactMethod = "rejectInvalidField")
    void invalidFieldIsNamed(MockServer server) throws Exception {
        HttpResponse<String> response = post(server,
                "{\"name\":\"Sales Agent\",\"timezone\":\"" + CreateAgentInteractions.UNKNOWN_TIME_ZONE + "\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/error/field").asText()).isEqualTo("timezone");
    }

    @Test
    @PactTestFor(pactMethod = "rejectRateLimited")
    void rateLimitSaysWhenToRetry(MockServer server) throws Exception {
        HttpResponse<String> response = post(server, MINIMAL_BODY);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    }

    @Test
    @PactTestFor(pactMethod = "rejectUnavailable")
    void maintenanceIsReported(MockServer server) throws Exception {
        HttpResponse<String> response = post(server, MINIMAL_BODY);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    private static HttpResponse<String> post(MockServer server, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getUrl() + CreateAgentInteractions.PATH))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + CreateAgentInteractions.EXAMPLE_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
