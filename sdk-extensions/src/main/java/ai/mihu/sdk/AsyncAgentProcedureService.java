package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.UpdateProcedureRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the procedures of an agent, with their steps, obtained from {@code
 * client.async().agents().procedures()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentProcedureService {

    /**
     * Adds one procedure, with its steps, to an agent ({@code POST
     * /api/v1/agents/{agentUuid}/procedures}).
     *
     * <p>The agent's other procedures are kept.
     *
     * <p><b>Not idempotent:</b> repeating a request that reached the server adds the
     * procedure twice. Only failures where the server cannot have acted on it are retried
     * (429, 503, a connection that could not be made); a read timeout, a connection dropped
     * after sending, a 500, 502 or 504 are not, unless the client opted in with {@code
     * retryAmbiguousFailures(true)}. See {@link MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> add(String agentUuid, ProcedureInput request);

    /**
     * Does what {@link #add(String, ProcedureInput)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, ProcedureInput request);

    /**
     * Changes one procedure of an agent ({@code PATCH
     * /api/v1/agents/{agentUuid}/procedures/{procedureUuid}}).
     *
     * <p>A property left out is left unchanged; one cleared with the builder's {@code
     * clear...()} method is sent as {@code null} and cleared; {@code steps}, when sent,
     * replaces all the procedure's steps. The agent's other procedures are kept.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param procedureUuid the procedure's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> update(String agentUuid, String procedureUuid, UpdateProcedureRequest request);

    /**
     * Does what {@link #update(String, String, UpdateProcedureRequest)} does, and also gives
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param procedureUuid the procedure's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String procedureUuid, UpdateProcedureRequest request);

    /**
     * Deletes one procedure of an agent, with its steps ({@code DELETE
     * /api/v1/agents/{agentUuid}/procedures/{procedureUuid}}).
     *
     * <p>The agent's other procedures are kept.
     *
     * <p><b>Retries:</b> repeating a delete cannot duplicate or lose anything, so ambiguous
     * failures (a read timeout, a connection dropped after sending, a 500, 502 or 504) are
     * retried as well as 429, 503 and connections that could not be made; but if the first
     * attempt did succeed, the repeat answers 404, which reaches the caller as a {@link
     * ai.mihu.sdk.errors.NotFoundException} whose {@code attempts()} is more than one.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param procedureUuid the procedure's UUID; checked before sending
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> delete(String agentUuid, String procedureUuid);

    /**
     * Does what {@link #delete(String, String)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param procedureUuid the procedure's UUID; checked before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> deleteWithResponse(String agentUuid, String procedureUuid);
}
