package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real MihuClient against the mock: round trips, and each fault seen as the right exception or retry. */
class MihuClientAgainstMockTest {

    private MockMihuServer server;
    private MihuClient client;

    @BeforeEach
    void start() {
        server = MockMihuServer.builder().start();
        client = MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(server.apiToken())
                .readTimeout(Duration.ofMillis(500))
                .maxRetries(2)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static CreateAgentRequest minimal() {
        return CreateAgentRequests.builder("Support Agent").build();
    }

    @Test
    void minimalAgentRoundTripsWithServerDefaults() {
        Agent agent = client.agents().create(minimal());

        assertThat(agent.getAgentUuid()).isNotNull();
        assertThat(agent.getName()).isEqualTo("Support Agent");
        assertThat(server.createdAgents()).extracting(Agent::getAgentUuid).containsExactly(agent.getAgentUuid());
    }

    @Test
    void fullyPopulatedAgentRoundTripsEveryNestedItem() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .companyName("Northwind")
                .addGuideline("Be brief")
                .addNote("Catalogue ships in March")
                .addProcedure(p -> p.name("Book a demo").addStep("Ask for the email"))
                .addTrainingExample(
                        t -> t.content("Do you rent tents?").intent("rental").response("Yes"))
                .addRoutingRule(r -> r.triggerKeyword("billing").destination("204"))
                .addGuardRule(g -> g.name("Human").thenAction(GuardRuleAction.FORWARD))
                .settings(s -> s.voice(Map.of("voice_id", "aria")))
                .appointments(a -> a.enabled(true))
                .build();

        Agent agent = client.agents().create(request);

        assertThat(agent.getCompanyName()).isEqualTo("Northwind");
        assertThat(agent.getGuidelines())
                .singleElement()
                .satisfies(g -> assertThat(g.getUuid()).isNotNull());
        assertThat(agent.getProcedures())
                .singleElement()
                .satisfies(p -> assertThat(p.getSteps()).hasSize(1));
        assertThat(agent.getTraining()).hasSize(1);
        assertThat(agent.getRoutingRules()).hasSize(1);
        assertThat(agent.getGuardRules())
                .singleElement()
                .satisfies(g -> assertThat(g.getThenAction()).isEqualTo(GuardRuleAction.FORWARD));
        assertThat(agent.getSettings().getVoice()).containsEntry("voice_id", "aria");
    }

    @Test
    void unavailableServiceIsRetriedAndTheAgentCreatedOnce() {
        server.enqueueFault(Fault.status(503).withRetryAfter("0").times(2));

        client.agents().create(minimal());

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(server.createdAgents()).hasSize(1);
    }

    @Test
    void validationErrorFaultIsAnUnprocessableEntityExceptionNamingTheField() {
        server.enqueueFault(Fault.validationError("timezone", "The timezone must be a valid IANA time zone."));

        UnprocessableEntityException e = catchThrowableOfType(
                UnprocessableEntityException.class, () -> client.agents().create(minimal()));

        assertThat(e.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(e.errorField()).isEqualTo("timezone");
        assertThat(e.details()).isEqualTo("The timezone must be a valid IANA time zone.");
        assertThat(server.requestCount()).as("a 422 is not retried").isEqualTo(1);
    }

    @Test
    void rateLimitBeyondTheRetriesIsARateLimitException() {
        server.enqueueFault(Fault.status(429).withRetryAfter("0").times(3));

        assertThatThrownBy(() -> client.agents().create(minimal())).isInstanceOf(RateLimitException.class);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(server.createdAgents()).isEmpty();
    }

    @Test
    void serverErrorIsNotRetriedBecauseTheAgentMayExist() {
        server.enqueueFault(Fault.status(500));

        assertThatThrownBy(() -> client.agents().create(minimal())).isInstanceOf(InternalServerException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void droppedConnectionIsAConnectionExceptionAndNotRetried() {
        server.enqueueFault(Fault.dropConnection());

        assertThatThrownBy(() -> client.agents().create(minimal())).isInstanceOf(MihuConnectionException.class);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(server.createdAgents()).isEmpty();
    }

    @Test
    void slowAnswerPastTheReadTimeoutIsATimeoutAndNotRetried() {
        server.enqueueFault(Fault.delay(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> client.agents().create(minimal())).isInstanceOf(MihuTimeoutException.class);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void malformedSuccessBodyIsAMalformedResponseException() {
        server.enqueueFault(Fault.malformedBody());

        assertThatThrownBy(() -> client.agents().create(minimal())).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void unknownTokenIsAnAuthenticationExceptionWithTheDocumentedCode() {
        try (MihuClient wrongToken = MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken("not-the-token")
                .build()) {
            assertThatThrownBy(() -> wrongToken.agents().create(minimal()))
                    .isInstanceOfSatisfying(
                            AuthenticationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("INVALID_AUTH_TOKEN"))
                    .hasMessageNotContaining("not-the-token");
        }
    }
}
