package ai.mihu.sdk;

import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.SetIntentEventRequest;
import ai.mihu.sdk.model.UpdateIntentRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the intents of an agent and the action (event) each performs, obtained from
 * {@code client.async().agents().intents()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentIntentService {

    /**
     * Changes one intent of an agent and returns the intent ({@code PATCH
     * /api/v1/agents/{agentUuid}/intents/{intentUuid}}).
     *
     * <p>The reference requires {@code name} on every update. Any other property left out is
     * left unchanged; one cleared with the builder's {@code clear...()} method is sent as
     * {@code null} and cleared; {@code parameters}, when sent, replaces the whole list.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param intentUuid the intent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the intent after the change
     */
    CompletableFuture<Intent> update(String agentUuid, String intentUuid, UpdateIntentRequest request);

    /**
     * Does what {@link #update(String, String, UpdateIntentRequest)} does, and also gives
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param intentUuid the intent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the intent after the change
     */
    CompletableFuture<MihuResponse<Intent>> updateWithResponse(
            String agentUuid, String intentUuid, UpdateIntentRequest request);

    /**
     * Returns the action (event) an intent performs when it is detected, with its status
     * ({@code GET /api/v1/agents/{agentUuid}/intents/{intentUuid}/event}).
     *
     * <p>Reads only; nothing changes on the server.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param intentUuid the intent's UUID; checked before sending
     * @return a future of the intent's action
     */
    CompletableFuture<IntentEvent> getEvent(String agentUuid, String intentUuid);

    /**
     * Does what {@link #getEvent(String, String)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param intentUuid the intent's UUID; checked before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the intent's action
     */
    CompletableFuture<MihuResponse<IntentEvent>> getEventWithResponse(String agentUuid, String intentUuid);

    /**
     * Sets the action (event) an intent performs ({@code PUT
     * /api/v1/agents/{agentUuid}/intents/{intentUuid}/event}).
     *
     * <p><b>Replaces</b> the intent's single action with the one sent; the new action starts
     * as a draft.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param intentUuid the intent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the intent's action
     */
    CompletableFuture<IntentEvent> setEvent(String agentUuid, String intentUuid, SetIntentEventRequest request);

    /**
     * Does what {@link #setEvent(String, String, SetIntentEventRequest)} does, and also
     * gives the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param intentUuid the intent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the intent's action
     */
    CompletableFuture<MihuResponse<IntentEvent>> setEventWithResponse(
            String agentUuid, String intentUuid, SetIntentEventRequest request);
}
