package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.NoteInput;

/**
 * The operations on the notes of an agent, obtained from {@code client.agents().notes()}.
 *
 * <p>Thread-safe. Every method checks its path ids and validates its request before sending;
 * failures are the {@link ai.mihu.sdk.errors.MihuException} subclasses {@link AgentService}
 * describes. Per-call options (timeout, retries, headers) come from the client view it is
 * obtained from: {@code client.withOptions(o -> ...)}.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AgentNoteService {

    /**
     * Adds one note to an agent ({@code POST /api/v1/agents/{agentUuid}/notes}).
     *
     * <p>The agent's other notes are kept.
     *
     * <p><b>Not idempotent:</b> repeating a request that reached the server adds the note
     * twice. Only failures where the server cannot have acted on it are retried (429, 503, a
     * connection that could not be made); a read timeout, a connection dropped after
     * sending, a 500, 502 or 504 are not, unless the client opted in with {@code
     * retryAmbiguousFailures(true)}. See {@link MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Agent add(String agentUuid, NoteInput request);

    /**
     * Does what {@link #add(String, NoteInput)} does, and also returns the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the agent after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Agent> addWithResponse(String agentUuid, NoteInput request);
}
