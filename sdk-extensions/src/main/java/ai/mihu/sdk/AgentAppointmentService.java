package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AppointmentsConfig;

/**
 * The operations on the appointment settings of an agent, obtained from {@code
 * client.agents().appointments()}.
 *
 * <p>Thread-safe. Every method checks its path ids and validates its request before sending;
 * failures are the {@link ai.mihu.sdk.errors.MihuException} subclasses {@link AgentService}
 * describes. Per-call options (timeout, retries, headers) come from the client view it is
 * obtained from: {@code client.withOptions(o -> ...)}.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AgentAppointmentService {

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
     * @return the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Agent replaceAll(String agentUuid, AppointmentsConfig request);

    /**
     * Does what {@link #replaceAll(String, AppointmentsConfig)} does, and also returns the
     * status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Agent> replaceAllWithResponse(String agentUuid, AppointmentsConfig request);
}
