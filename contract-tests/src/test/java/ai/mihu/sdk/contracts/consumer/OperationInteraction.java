package ai.mihu.sdk.contracts.consumer;

import ai.mihu.sdk.MihuClient;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One row of the contract table: an interaction of one spec operation, written once and used both
 * to record the pact and to drive the SDK against Pact's mock server.
 *
 * <p>The request body is JSON text pinned value for value (no matchers): it is what the SDK must
 * send, so one value more, less or different fails the consumer test. The response uses matchers
 * for what the server decides and names only keys the spec declares, since PactFlow's validator
 * rejects a pact that expects anything else.
 *
 * @param operationId the spec's {@code operationId} this interaction exercises
 * @param description the interaction's description, unique within the pact
 * @param states the provider states it needs, in order
 * @param method the HTTP method
 * @param path the concrete path, with the fixed uuids of {@link TenantFixture}
 * @param requestJson the request body as JSON text, or null for a request without a body
 * @param response the response body
 * @param call what the SDK does: the call that must send exactly this request
 * @param check what the SDK must have returned from the recorded response
 * @param <T> what the call returns
 */
public record OperationInteraction<T>(
        String operationId,
        String description,
        List<String> states,
        String method,
        String path,
        String requestJson,
        DslPart response,
        Function<MihuClient, T> call,
        Consumer<? super T> check) {

    /** The request's Content-Type: JSON, with or without a charset, as HTTP clients differ there. */
    static final String JSON_CONTENT_TYPE = "application/json(;\\s?charset=[\\w-]+)?";

    private static final Map<String, String> JSON_RESPONSE = Map.of("Content-Type", "application/json");

    /** Checks the row is complete, so a table typo fails with its operation named. */
    public OperationInteraction {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(description, () -> "description of " + operationId);
        states = List.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException(operationId + " needs at least one provider state");
        }
        Objects.requireNonNull(method, () -> "method of " + operationId);
        Objects.requireNonNull(path, () -> "path of " + operationId);
        Objects.requireNonNull(response, () -> "response of " + operationId);
        Objects.requireNonNull(call, () -> "call of " + operationId);
        Objects.requireNonNull(check, () -> "check of " + operationId);
    }

    /**
     * Adds this interaction after the ones already built.
     *
     * @param provider Pact's builder when this is the first interaction of the pact
     * @param previous the interactions built so far, or null for the first
     * @return the builder with this interaction added
     */
    PactDslResponse appendTo(PactDslWithProvider provider, PactDslResponse previous) {
        PactDslWithState withState = previous == null ? provider.given(states.get(0)) : previous.given(states.get(0));
        for (String state : states.subList(1, states.size())) {
            withState = withState.given(state);
        }
        PactDslRequestWithPath request = withState
                .uponReceiving(description)
                .method(method)
                .path(path)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + CreateAgentInteractions.EXAMPLE_TOKEN);
        if (requestJson != null) {
            request = request.matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                    .body(requestJson, "application/json");
        }
        return request.willRespondWith()
                // Any 2xx: the reference does not say whether the API answers 200 or 201, and the
                // SDK accepts both.
                .successStatus()
                .headers(JSON_RESPONSE)
                .body(response);
    }

    /**
     * Makes the SDK call against a client pointed at the provider and checks what it returned.
     *
     * @param client the client
     */
    void callAndCheck(MihuClient client) {
        check.accept(call.apply(client));
    }
}
