package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;

/**
 * The agents endpoints of the Mihu API, obtained from {@link MihuClient#agents()}.
 *
 * <p>Thread-safe. Every method validates its request before sending it and throws only
 * subclasses of {@link ai.mihu.sdk.errors.MihuException}:
 * {@link ai.mihu.sdk.errors.InvalidRequestException} when the request is invalid (nothing is sent),
 * a {@link ai.mihu.sdk.errors.MihuApiException} subclass for a non-2xx answer,
 * {@link ai.mihu.sdk.errors.MihuConnectionException} or
 * {@link ai.mihu.sdk.errors.MihuTimeoutException} for a network failure, and
 * {@link ai.mihu.sdk.errors.MalformedResponseException} for a 2xx answer that cannot be used.
 * After {@link MihuClient#close()} they throw {@link IllegalStateException}.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AgentService {

    /**
     * Creates an agent ({@code POST /api/v1/agents}) and returns it as the server stored it.
     *
     * <p><b>Not idempotent:</b> a request that reaches the server creates an agent, and repeating
     * it creates another. The client therefore retries only failures where the server cannot have
     * processed the request (429, 503, and connection failures before anything was sent); see
     * {@link MihuClient} for the full retry policy.
     *
     * @param request the agent to create; validated before sending
     * @return the created agent, unwrapped from the response envelope
     * @throws ai.mihu.sdk.errors.InvalidRequestException if the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Agent create(CreateAgentRequest request);

    /**
     * Creates an agent like {@link #create(CreateAgentRequest)}, and also returns the status code,
     * headers and message of the response.
     *
     * @param request the agent to create; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the created agent
     * @throws ai.mihu.sdk.errors.InvalidRequestException if the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Agent> createWithResponse(CreateAgentRequest request);
}
