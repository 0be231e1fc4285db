package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.ReplaceGuardRulesRequest;
import ai.mihu.sdk.model.UpdateGuardRuleRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the guard rules of an agent, obtained from {@code
 * client.async().agents().guardRules()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentGuardRuleService {

    /**
     * Replaces all the guard rules of an agent ({@code PUT
     * /api/v1/agents/{agentUuid}/guard-rules}).
     *
     * <p><b>Destructive:</b> the request's list becomes the agent's whole list of guard
     * rules; every rule not in it is removed, and an empty list removes them all.
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
    CompletableFuture<Agent> replaceAll(String agentUuid, ReplaceGuardRulesRequest request);

    /**
     * Does what {@link #replaceAll(String, ReplaceGuardRulesRequest)} does, and also gives
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(String agentUuid, ReplaceGuardRulesRequest request);

    /**
     * Adds one guard rule to an agent ({@code POST /api/v1/agents/{agentUuid}/guard-rules}).
     *
     * <p>The agent's other guard rules are kept.
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
    CompletableFuture<Agent> add(String agentUuid, GuardRuleInput request);

    /**
     * Does what {@link #add(String, GuardRuleInput)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, GuardRuleInput request);

    /**
     * Changes one guard rule of an agent ({@code PATCH
     * /api/v1/agents/{agentUuid}/guard-rules/{ruleUuid}}).
     *
     * <p>A property left out is left unchanged; one cleared with the builder's {@code
     * clear...()} method is sent as {@code null} and cleared; a list that is sent replaces
     * the rule's current list. The agent's other guard rules are kept.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param ruleUuid the guard rule's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> update(String agentUuid, String ruleUuid, UpdateGuardRuleRequest request);

    /**
     * Does what {@link #update(String, String, UpdateGuardRuleRequest)} does, and also gives
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param ruleUuid the guard rule's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String ruleUuid, UpdateGuardRuleRequest request);
}
