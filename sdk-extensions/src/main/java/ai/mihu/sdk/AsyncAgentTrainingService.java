package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ReplaceTrainingRequest;
import ai.mihu.sdk.model.UpdateTrainingExampleRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the training examples (training rows) of an agent, obtained from {@code
 * client.async().agents().training()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentTrainingService {

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
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> replaceAll(String agentUuid, ReplaceTrainingRequest request);

    /**
     * Does what {@link #replaceAll(String, ReplaceTrainingRequest)} does, and also gives the
     * status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(String agentUuid, ReplaceTrainingRequest request);

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
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> update(String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request);

    /**
     * Does what {@link #update(String, String, UpdateTrainingExampleRequest)} does, and also
     * gives the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param trainingUuid the training example's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request);
}
