package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignPhoneNumberTrunkRequest;
import ai.mihu.sdk.model.PhoneNumberChannels;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the phone numbers of the tenant: assigning an external trunk to an agent,
 * obtained from {@code client.async().phoneNumbers()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncPhoneNumberService {

    /**
     * Binds an existing external trunk, on one channel, to another agent ({@code PUT
     * /api/v1/phone-numbers/trunks/assign}).
     *
     * <p>Only the agent bound to that channel changes: the phone number, its SIP credentials
     * and its channel settings stay as they are. Returns the phone number's per-channel
     * state.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param request the request body; validated before sending
     * @return a future of the phone number's per-channel state
     */
    CompletableFuture<PhoneNumberChannels> assignTrunk(AssignPhoneNumberTrunkRequest request);

    /**
     * Does what {@link #assignTrunk(AssignPhoneNumberTrunkRequest)} does, and also gives the
     * status code, headers, message and diagnostics of the response.
     *
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the phone number's per-channel state
     */
    CompletableFuture<MihuResponse<PhoneNumberChannels>> assignTrunkWithResponse(AssignPhoneNumberTrunkRequest request);
}
