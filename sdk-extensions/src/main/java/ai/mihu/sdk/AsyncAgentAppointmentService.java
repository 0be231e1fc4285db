package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AppointmentsConfig;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the appointment settings of an agent, obtained from {@code
 * client.async().agents().appointments()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentAppointmentService {

    /**
     * Replaces the appointment settings of an agent ({@code PUT
     * /api/v1/agents/{agentUuid}/appointments}).
     *
     * <p><b>Destructive:</b> the request becomes the agent's appointment settings and
     * schedule assignments; assignments not in it are removed.
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
    CompletableFuture<Agent> replaceAll(String agentUuid, AppointmentsConfig request);

    /**
     * Does what {@link #replaceAll(String, AppointmentsConfig)} does, and also gives the
     * status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(String agentUuid, AppointmentsConfig request);
}
