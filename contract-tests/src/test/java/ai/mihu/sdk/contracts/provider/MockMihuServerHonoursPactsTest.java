package ai.mihu.sdk.contracts.provider;

import ai.mihu.sdk.contracts.consumer.ContractParties;
import ai.mihu.sdk.contracts.consumer.CreateAgentInteractions;
import ai.mihu.sdk.contracts.consumer.ProviderStates;
import ai.mihu.sdk.contracts.consumer.TenantFixture;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServer;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.List;
import java.util.UUID;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every interaction of the pacts in {@code target/pacts} against a real HTTP server and
 * checks each answer with Pact's provider verification: by default {@link MockMihuServer}, whose
 * provider states are set up by the {@code @State} methods below; given
 * {@code -Dmihu.provider.baseUrl=https://...}, the API team's deployment, where their test data
 * provides the states and the {@code @State} methods only document them; its tenant's token, from
 * {@code MIHU_PROVIDER_API_TOKEN}, then replaces the pacts' example token
 * ({@link ProviderAuthorization}).
 *
 * <p>Tagged {@code pact-verification}: it runs in the {@code verify-pacts} execution, after the
 * consumer tests wrote the pacts. Pact fails it when the folder holds no pact.
 */
@Tag("pact-verification")
@Provider(ContractParties.PROVIDER)
@PactFolder("target/pacts")
class MockMihuServerHonoursPactsTest {

    /** The system property naming a provider to verify instead of the mock. */
    static final String PROVIDER_BASE_URL = "mihu.provider.baseUrl";

    private static MockMihuServer mock;

    @BeforeAll
    static void startMockUnlessAProviderIsGiven() {
        if (externalProvider() == null) {
            // The pacts' requests carry the example token of the interactions.
            mock = MockMihuServer.builder()
                    .apiToken(CreateAgentInteractions.EXAMPLE_TOKEN)
                    .start();
        }
    }

    @AfterAll
    static void stopMock() {
        if (mock != null) {
            mock.close();
        }
    }

    @BeforeEach
    void pointPactAtTheProvider(PactVerificationContext context) {
        if (mock == null) {
            context.setTarget(ProviderTarget.at(externalProvider()));
            return;
        }
        context.setTarget(ProviderTarget.at(mock.baseUrl()));
        // Each interaction starts from a server without faults, revocations or tenant resources.
        mock.reset();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void providerAnswersAsThePactRecords(
            PactVerificationContext context, Interaction interaction, HttpRequest request) {
        if (mock == null) {
            List<String> states = interaction.getProviderStates().stream()
                    .map(ProviderState::getName)
                    .toList();
            ProviderAuthorization.authorize(request, states, ProviderAuthorization.configuredToken(System.getenv()));
        }
        context.verifyInteraction();
    }

    @State(ProviderStates.TOKEN_VALID)
    void tokenIsValid() {
        // The mock accepts the interactions' token from the start; nothing to set up.
    }

    @State(ProviderStates.TENANT_HAS_INTENT_WEBHOOK_AND_PHONE_NUMBER)
    void tenantHasAnIntentAWebhookAndAPhoneNumber() {
        if (mock != null) {
            mock.completeCreatedAgents(new TenantResources());
        }
    }

    @State(ProviderStates.TOKEN_INVALID)
    void tokenIsInvalid() {
        if (mock != null) {
            mock.revokeApiToken();
        }
    }

    @State(ProviderStates.RATE_LIMIT_EXCEEDED)
    void rateLimitIsExceeded() {
        if (mock != null) {
            mock.enqueueFault(Fault.status(429).withRetryAfter("30"));
        }
    }

    @State(ProviderStates.UNDER_MAINTENANCE)
    void apiIsUnderMaintenance() {
        if (mock != null) {
            mock.enqueueFault(Fault.status(503));
        }
    }

    @State(ProviderStates.AGENT_EXISTS)
    void agentExists() {
        seed(SeededAgents.bare());
    }

    @State(ProviderStates.AGENT_HAS_PROCEDURE)
    void agentHasAProcedure() {
        seed(SeededAgents.withProcedure());
    }

    @State(ProviderStates.AGENT_HAS_TRAINING_EXAMPLE)
    void agentHasATrainingExample() {
        seed(SeededAgents.withTrainingExample());
    }

    @State(ProviderStates.AGENT_HAS_GUARD_RULE)
    void agentHasAGuardRule() {
        seed(SeededAgents.withGuardRule());
    }

    @State(ProviderStates.AGENT_HAS_ROUTING_RULE)
    void agentHasARoutingRule() {
        seed(SeededAgents.withRoutingRule());
    }

    @State(ProviderStates.AGENT_HAS_INTENT)
    void agentHasAnIntent() {
        seed(SeededAgents.withIntent());
    }

    @State(ProviderStates.AGENT_HAS_INTENT_WITH_ACTION)
    void agentHasAnIntentWithAnAction() {
        if (mock != null) {
            mock.putAgent(SeededAgents.withIntent())
                    .putIntentEvent(
                            UUID.fromString(TenantFixture.AGENT_UUID),
                            UUID.fromString(TenantFixture.INTENT_UUID),
                            SeededAgents.deployedAction());
        }
    }

    @State(ProviderStates.AGENT_HAS_WEBHOOK)
    void agentHasAWebhook() {
        seed(SeededAgents.withWebhook());
    }

    @State(ProviderStates.AGENT_UNKNOWN)
    void agentIsUnknown() {
        // The mock is reset before each interaction: it has no agent at all.
    }

    @State(ProviderStates.SCHEDULE_UNKNOWN)
    void scheduleIsUnknown() {
        if (mock != null) {
            // The mock keeps no schedules, so it cannot judge a schedule_uuid: answer as the API does.
            mock.enqueueFault(Fault.validationError(
                            "schedule_assignments[0].schedule_uuid",
                            "No schedule has the uuid " + TenantFixture.UNKNOWN_SCHEDULE_UUID + " in this tenant.")
                    .forOperation("replaceAgentAppointments"));
        }
    }

    private static void seed(Agent agent) {
        if (mock != null) {
            mock.putAgent(agent);
        }
    }

    private static String externalProvider() {
        String baseUrl = System.getProperty(PROVIDER_BASE_URL);
        return baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
    }
}
