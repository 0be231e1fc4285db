package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignSipTrunkRequest;
import ai.mihu.sdk.model.ProvisionCallChannelRequest;
import ai.mihu.sdk.model.ProvisionCallChannelResult;
import ai.mihu.sdk.model.SipTrunkAssignment;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the channels of an agent: provisioning its call channel and assigning it a
 * SIP trunk, obtained from {@code client.async().agents().channels()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentChannelService {

    /**
     * Provisions the call channel of an agent on one of the tenant's phone numbers ({@code
     * POST /api/v1/agents/{agentUuid}/channels/call/provision}).
     *
     * <p>Returns the agent (in {@link ProvisionCallChannelResult#getAgent()}).
     *
     * <p><b>Not idempotent:</b> repeating a request that reached the server may provision
     * the channel a second time (the reference does not say what a repeat does). Only
     * failures where the server cannot have acted on it are retried (429, 503, a connection
     * that could not be made); a read timeout, a connection dropped after sending, a 500,
     * 502 or 504 are not, unless the client opted in with {@code
     * retryAmbiguousFailures(true)}. See {@link MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the result, with the agent
     */
    CompletableFuture<ProvisionCallChannelResult> provisionCall(String agentUuid, ProvisionCallChannelRequest request);

    /**
     * Does what {@link #provisionCall(String, ProvisionCallChannelRequest)} does, and also
     * gives the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the result, with the agent
     */
    CompletableFuture<MihuResponse<ProvisionCallChannelResult>> provisionCallWithResponse(
            String agentUuid, ProvisionCallChannelRequest request);

    /**
     * Assigns an existing SIP trunk connection to an agent for calls ({@code POST
     * /api/v1/agents/{agentUuid}/channels/call/sip-trunk}).
     *
     * <p>The server refuses a number another agent already uses (error code {@code
     * phone_in_use}) unless {@code force} is {@code true}; inbound calls go to the agent
     * assigned last.
     *
     * <p><b>Not idempotent:</b> repeating a request that reached the server is sent again,
     * and the reference does not say what a repeat does. Only failures where the server
     * cannot have acted on it are retried (429, 503, a connection that could not be made); a
     * read timeout, a connection dropped after sending, a 500, 502 or 504 are not, unless
     * the client opted in with {@code retryAmbiguousFailures(true)}. See {@link MihuClient}
     * for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the assignment
     */
    CompletableFuture<SipTrunkAssignment> assignCallSipTrunk(String agentUuid, AssignSipTrunkRequest request);

    /**
     * Does what {@link #assignCallSipTrunk(String, AssignSipTrunkRequest)} does, and also
     * gives the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the assignment
     */
    CompletableFuture<MihuResponse<SipTrunkAssignment>> assignCallSipTrunkWithResponse(
            String agentUuid, AssignSipTrunkRequest request);
}
