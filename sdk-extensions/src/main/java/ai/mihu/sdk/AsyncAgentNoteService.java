package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.NoteInput;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the notes of an agent, obtained from {@code
 * client.async().agents().notes()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentNoteService {

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
     * @return a future of the agent after the change
     */
    CompletableFuture<Agent> add(String agentUuid, NoteInput request);

    /**
     * Does what {@link #add(String, NoteInput)} does, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the agent after the change
     */
    CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, NoteInput request);
}
