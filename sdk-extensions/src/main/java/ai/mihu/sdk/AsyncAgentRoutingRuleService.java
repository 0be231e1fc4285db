package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.UpdateRoutingRuleRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the routing rules of an agent, obtained from {@code
 * client.async().agents().routingRules()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentRoutingRuleService {

    /**
     * Adds one routing rule to an agent ({@code POST
     * /api/v1/agents/{agentUuid}/routing-rules}).
     *
     * <p>The agent's other routing rules are kept.
     *
     * <p><b>Not idempotent:</b> repeating a request that reached the server adds the rule
     * twice. Only failures where the server cannot have acted on it are retried (429, 503, a
     * connection that could not be made); a read timeout, a connection dropped after
     * sending, a 500, 502 or 504 are not, unless the client opted in with {@code
     * retryAmbiguousFailures(true)}. See {@link MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> add(String agentUuid, RoutingRuleInput request);

    /**
     * Does what {@link #add(String, RoutingRuleInput)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, RoutingRuleInput request);

    /**
     * Changes one routing rule of an agent ({@code PATCH
     * /api/v1/agents/{agentUuid}/routing-rules/{ruleUuid}}).
     *
     * <p>A property left out is left unchanged; one cleared with the builder's {@code
     * clear...()} method is sent as {@code null} and cleared; {@code phrases}, when sent,
     * replaces the current list. The agent's other routing rules are kept.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param ruleUuid the routing rule's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> update(String agentUuid, String ruleUuid, UpdateRoutingRuleRequest request);

    /**
     * Does what {@link #update(String, String, UpdateRoutingRuleRequest)} does, and also
     * gives the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param ruleUuid the routing rule's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String ruleUuid, UpdateRoutingRuleRequest request);

    /**
     * Deletes one routing rule of an agent ({@code DELETE
     * /api/v1/agents/{agentUuid}/routing-rules/{ruleUuid}}).
     *
     * <p>The agent's other routing rules are kept.
     *
     * <p><b>Retries:</b> repeating a delete cannot duplicate or lose anything, so ambiguous
     * failures (a read timeout, a connection dropped after sending, a 500, 502 or 504) are
     * retried as well as 429, 503 and connections that could not be made; but if the first
     * attempt did succeed, the repeat answers 404, which reaches the caller as a {@link
     * ai.mihu.sdk.errors.NotFoundException} whose {@code attempts()} is more than one.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param ruleUuid the routing rule's UUID; checked before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> delete(String agentUuid, String ruleUuid);

    /**
     * Does what {@link #delete(String, String)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param ruleUuid the routing rule's UUID; checked before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> deleteWithResponse(String agentUuid, String ruleUuid);
}
