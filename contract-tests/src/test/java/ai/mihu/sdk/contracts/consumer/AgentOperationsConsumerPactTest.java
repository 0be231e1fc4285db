package ai.mihu.sdk.contracts.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.NoteInputs;
import ai.mihu.sdk.errors.NotFoundException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records the SDK's contract for every agent operation after create: one interaction per row of
 * {@link AgentOperationInteractions}, each made by the real {@link MihuClient} and checked for
 * what it returned, plus the errors a sub-resource call meets (an unknown agent, a rejected value).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = ContractParties.PROVIDER, pactVersion = PactSpecVersion.V4)
class AgentOperationsConsumerPactTest {

    private static final String NOTE = "Service takes about two hours.";
    private static final Map<String, String> JSON_RESPONSE = Map.of("Content-Type", "application/json");
    /** The field the API names when it rejects the schedule of the first assignment. */
    private static final String SCHEDULE_FIELD = "schedule_assignments[0].schedule_uuid";

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact everyAgentOperation(PactDslWithProvider builder) {
        return AgentOperationInteractions.pact(builder);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact unknownAgent(PactDslWithProvider builder) {
        return builder.given(ProviderStates.AGENT_UNKNOWN)
                .uponReceiving("a request to add a note to an agent the tenant does not have")
                .method("POST")
                .path("/api/v1/agents/" + TenantFixture.UNKNOWN_AGENT_UUID + "/notes")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + CreateAgentInteractions.EXAMPLE_TOKEN)
                .matchHeader("Content-Type", OperationInteraction.JSON_CONTENT_TYPE, "application/json")
                .body("{\"content\": \"" + NOTE + "\"}", "application/json")
                .willRespondWith()
                .status(404)
                .headers(JSON_RESPONSE)
                .body(error("NOT_FOUND", "Agent not found.", null))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = ContractParties.CONSUMER)
    public V4Pact rejectedScheduleAssignment(PactDslWithProvider builder) {
        return builder.given(ProviderStates.AGENT_EXISTS)
                .given(ProviderStates.SCHEDULE_UNKNOWN)
                .uponReceiving("a request to assign a schedule the tenant does not have")
                .method("PUT")
                .path("/api/v1/agents/" + TenantFixture.AGENT_UUID + "/appointments")
                .matchHeader("Authorization", "Bearer .+", "Bearer " + CreateAgentInteractions.EXAMPLE_TOKEN)
                .matchHeader("Content-Type", OperationInteraction.JSON_CONTENT_TYPE, "application/json")
                .body(
                        AgentOperationInteractions.appointmentsRequest(TenantFixture.UNKNOWN_SCHEDULE_UUID),
                        "application/json")
                .willRespondWith()
                .status(422)
                .headers(JSON_RESPONSE)
                .body(error("VALIDATION_ERROR", "The given data was invalid.", SCHEDULE_FIELD))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "everyAgentOperation")
    void sendsAndUnderstandsEveryAgentOperation(MockServer server) {
        List<String> failures = new ArrayList<>();
        try (MihuClient client = clientFor(server)) {
            for (OperationInteraction<?> interaction : AgentOperationInteractions.all()) {
                try {
                    interaction.callAndCheck(client);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(interaction.operationId() + ": " + e);
                }
            }
        }
        assertThat(failures)
                .withFailMessage("Operations the SDK got wrong:%n%s", String.join("\n", failures))
                .isEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "unknownAgent")
    void reportsAnUnknownAgentAsNotFound(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            NotFoundException error = catchThrowableOfType(
                    () -> client.agents()
                            .notes()
                            .add(
                                    TenantFixture.UNKNOWN_AGENT_UUID,
                                    NoteInputs.builder(NOTE).build()),
                    NotFoundException.class);

            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.errorCode()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    @PactTestFor(pactMethod = "rejectedScheduleAssignment")
    void namesTheRejectedFieldOfASection(MockServer server) {
        try (MihuClient client = clientFor(server)) {
            UnprocessableEntityException error = catchThrowableOfType(
                    () -> client.agents()
                            .appointments()
                            .replaceAll(
                                    TenantFixture.AGENT_UUID,
                                    AgentOperationInteractions.appointments(TenantFixture.UNKNOWN_SCHEDULE_UUID)),
                    UnprocessableEntityException.class);

            assertThat(error.statusCode()).isEqualTo(422);
            assertThat(error.errorCode()).isEqualTo("VALIDATION_ERROR");
            assertThat(error.errorField()).isEqualTo(SCHEDULE_FIELD);
        }
    }

    private static MihuClient clientFor(MockServer server) {
        return MihuClient.builder()
                .baseUrl(server.getUrl())
                .apiToken(CreateAgentInteractions.EXAMPLE_TOKEN)
                .maxRetries(0)
                .build();
    }

    /** The error envelope as the SDK reads it: the code, and the field of a validation error. */
    private static DslPart error(String code, String message, String field) {
        return newJsonBody(body -> {
                    body.booleanValue("success", false);
                    body.stringType("message", message);
                    body.object("error", error -> {
                        error.stringValue("code", code);
                        if (field != null) {
                            error.stringValue("field", field);
                        }
                    });
                })
                .build();
    }
}
