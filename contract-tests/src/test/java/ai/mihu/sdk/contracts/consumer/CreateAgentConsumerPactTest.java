package ai.mihu.sdk.contracts.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.MihuResponse;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.WebhookEvent;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records the SDK's contract with the agents API: each test drives the real {@link MihuClient}
 * against Pact's mock server, so the pact in {@code target/pacts} holds exactly what the SDK sends
 * and what it must understand. A request that differs from the interaction, by one value or one
 * extra field, fails the test.
 *
 * <p>Clients are built without retries: an interaction is one exchange, and the retry policy has
 * its own tests in the SDK.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractParties.PROVIDER, pactVersion = PactSpecVersion.V4)
class CreateAgentConsumerPactTest {

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
    void createsAnAgentFromItsNameAlone(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            MihuResponse<Agent> response = client.agents().createWithResponse(minimalRequest());

            assertThat(response.statusCode()).isEqualTo(201);
            Agent agent = response.data();
            assertThat(agent.getAgentUuid()).isEqualTo(UUID.fromString(CreateAgentInteractions.UUID_EXAMPLE));
            assertThat(agent.getName()).isEqualTo(CreateAgentInteractions.MINIMAL_AGENT_NAME);
            assertThat(agent.getStatus()).isEqualTo(AgentStatus.PENDING);
            assertThat(agent.getCreatedAt().toInstant()).isEqualTo(CreateAgentInteractions.TIMESTAMP_EXAMPLE);
        }
    }

    @Test
    @PactTestFor(pactMethod = "createFullyPopulatedAgent")
    void sendsEveryFieldTheBuildersSetAndReadsEveryDocumentedField(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            Agent agent = client.agents().create(FullAgent.sdkRequest());

            assertThat(agent.getName()).isEqualTo(FullAgent.NAME);
            assertThat(agent.getTimezone()).isEqualTo("Europe/Istanbul");
            assertThat(agent.getProcedures().get(0).getSteps().get(0).getIntentUuid())
                    .isEqualTo(FullAgent.INTENT_UUID);
            assertThat(agent.getIntents().get(0).getIntentUuid()).isEqualTo(FullAgent.INTENT_UUID);
            assertThat(agent.getIntents().get(0).getWebhook().getAuthToken()).isNotBlank();
            assertThat(agent.getWebhooks().get(0).getEvents()).containsExactly(WebhookEvent.CONVERSATION_STATUS);
            assertThat(agent.getPhoneNumbers().get(0).getCapabilities().getCall())
                    .isTrue();
            assertThat(agent.getAppointments().getScheduleAssignments().get(0).getScheduleUuid())
                    .isEqualTo(FullAgent.SCHEDULE_UUID);
            assertThat(agent.getGuardRules().get(0).getDestinationAgentUuid()).isEqualTo(FullAgent.HANDOVER_AGENT_UUID);
            assertThat(agent.getRecommendations()).isNotBlank();
        }
    }

    @Test
    @PactTestFor(pactMethod = "rejectInvalidToken")
    void reportsARefusedTokenAsAnAuthenticationError(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            AuthenticationException error =
                    catchThrowableOfType(() -> client.agents().create(minimalRequest()), AuthenticationException.class);

            assertThat(error.statusCode()).isEqualTo(401);
            assertThat(error.errorCode()).isEqualTo("INVALID_AUTH_TOKEN");
            assertThat(error.getMessage()).doesNotContain(CreateAgentInteractions.EXAMPLE_TOKEN);
        }
    }

    @Test
    @PactTestFor(pactMethod = "rejectInvalidField")
    void namesTheFieldTheServerRejected(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            CreateAgentRequest request = CreateAgentRequests.builder(CreateAgentInteractions.MINIMAL_AGENT_NAME)
                    .timezone(CreateAgentInteractions.UNKNOWN_TIME_ZONE)
                    .build();

            UnprocessableEntityException error =
                    catchThrowableOfType(() -> client.agents().create(request), UnprocessableEntityException.class);

            assertThat(error.statusCode()).isEqualTo(422);
            assertThat(error.errorCode()).isEqualTo("VALIDATION_ERROR");
            assertThat(error.errorField()).isEqualTo("timezone");
        }
    }

    @Test
    @PactTestFor(pactMethod = "rejectRateLimited")
    void tellsWhenToRetryAfterTheRateLimit(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            RateLimitException error =
                    catchThrowableOfType(() -> client.agents().create(minimalRequest()), RateLimitException.class);

            assertThat(error.statusCode()).isEqualTo(429);
            assertThat(error.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
            assertThat(error.retryAfter()).hasValue(Duration.ofSeconds(30));
        }
    }

    @Test
    @PactTestFor(pactMethod = "rejectUnavailable")
    void reportsMaintenanceAsAServerError(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            InternalServerException error =
                    catchThrowableOfType(() -> client.agents().create(minimalRequest()), InternalServerException.class);

            assertThat(error.statusCode()).isEqualTo(503);
            assertThat(error.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
        }
    }

    private static MihuClient clientFor(MockServer server) {
        return MihuClient.builder()
                .baseUrl(server.getUrl())
                .apiToken(CreateAgentInteractions.EXAMPLE_TOKEN)
                .maxRetries(0)
                .build();
    }

    private static CreateAgentRequest minimalRequest() {
        return CreateAgentRequests.builder(CreateAgentInteractions.MINIMAL_AGENT_NAME)
                .build();
    }
}
