package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The agents endpoints without blocking, obtained from {@code client.async().agents()}: each
 * method sends the same request as its {@link AgentService} twin, with the same validation, retry
 * policy, options and deadline, and returns at once.
 *
 * <p>Every failure completes the future exceptionally with the same
 * {@link ai.mihu.sdk.errors.MihuException} subclass the synchronous method would throw (an invalid
 * request included: nothing is sent); {@link CompletableFuture#join()} wraps it in a
 * {@link java.util.concurrent.CompletionException} and {@link CompletableFuture#get()} in an
 * {@link java.util.concurrent.ExecutionException}, as Java requires. After
 * {@link MihuClient#close()} the future fails with {@link IllegalStateException}.
 *
 * <p>{@link CompletableFuture#cancel(boolean) Cancelling} a returned future cancels the HTTP
 * request in progress, or the wait before a retry. No thread is held while a call waits for the
 * server or for a retry; futures complete on the client's {@code mihu-http-N} threads, so do not
 * block in dependent stages: use the {@code ...Async} stage methods with your own executor for
 * slow work.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentService {

    /**
     * Creates an agent ({@code POST /api/v1/agents}), as {@link AgentService#create} does.
     *
     * <p><b>Not idempotent:</b> only failures where the server cannot have processed the request
     * are retried (see {@link MihuClient}).
     *
     * @param request the agent to create; validated before sending
     * @return a future of the created agent, unwrapped from the response envelope
     */
    CompletableFuture<Agent> create(CreateAgentRequest request);

    /**
     * Creates an agent like {@link #create(CreateAgentRequest)}, and also gives the status code,
     * headers, message and diagnostics of the response.
     *
     * @param request the agent to create; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the created agent
     */
    CompletableFuture<MihuResponse<Agent>> createWithResponse(CreateAgentRequest request);
}
