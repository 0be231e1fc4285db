package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignPhoneNumberTrunkRequest;
import ai.mihu.sdk.model.PhoneNumberChannels;

/**
 * The operations on the phone numbers of the tenant: assigning an external trunk to an agent,
 * obtained from {@code client.phoneNumbers()}.
 *
 * <p>Thread-safe. Every method checks its path ids and validates its request before sending;
 * failures are the {@link ai.mihu.sdk.errors.MihuException} subclasses {@link AgentService}
 * describes. Per-call options (timeout, retries, headers) come from the client view it is
 * obtained from: {@code client.withOptions(o -> ...)}.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface PhoneNumberService {

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
     * @return the phone number's per-channel state
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    PhoneNumberChannels assignTrunk(AssignPhoneNumberTrunkRequest request);

    /**
     * Does what {@link #assignTrunk(AssignPhoneNumberTrunkRequest)} does, and also returns
     * the status code, headers, message and diagnostics of the response.
     *
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the phone number's per-channel state
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<PhoneNumberChannels> assignTrunkWithResponse(AssignPhoneNumberTrunkRequest request);
}
