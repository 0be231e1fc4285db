package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ReplaceTrainingRequest;
import ai.mihu.sdk.model.UpdateTrainingExampleRequest;

/**
 * The operations on the training examples (training rows) of an agent, obtained from {@code
 * client.agents().training()}.
 *
 * <p>Thread-safe. Every method checks its path ids and validates its request before sending;
 * failures are the {@link ai.mihu.sdk.errors.MihuException} subclasses {@link AgentService}
 * describes. Per-call options (timeout, retries, headers) come from the client view it is
 * obtained from: {@code client.withOptions(o -> ...)}.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AgentTrainingService {

    /**
     * Replaces all the training examples of an agent ({@code PUT
     * /api/v1/agents/{agentUuid}/training}).
     *
     * <p><b>Destructive:</b> the request's list becomes the agent's whole list of training
     * examples; every one not in it is removed, and an empty list removes them all.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Agent replaceAll(String agentUuid, ReplaceTrainingRequest request);

    /**
     * Does what {@link #replaceAll(String, ReplaceTrainingRequest)} does, and also returns
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Agent> replaceAllWithResponse(String agentUuid, ReplaceTrainingRequest request);

    /**
     * Changes one training example of an agent ({@code PATCH
     * /api/v1/agents/{agentUuid}/training/{trainingUuid}}).
     *
     * <p>A property left out is left unchanged. The agent's other training examples are
     * kept.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param trainingUuid the training example's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Agent update(String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request);

    /**
     * Does what {@link #update(String, String, UpdateTrainingExampleRequest)} does, and also
     * returns the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param trainingUuid the training example's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Agent> updateWithResponse(String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request);
}
