package ai.mihu.sdk;

import ai.mihu.sdk.model.UpdateWebhookRequest;
import ai.mihu.sdk.model.Webhook;

/**
 * The operations on the webhooks of an agent, obtained from {@code client.agents().webhooks()}.
 *
 * <p>Thread-safe. Every method checks its path ids and validates its request before sending;
 * failures are the {@link ai.mihu.sdk.errors.MihuException} subclasses {@link AgentService}
 * describes. Per-call options (timeout, retries, headers) come from the client view it is
 * obtained from: {@code client.withOptions(o -> ...)}.
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AgentWebhookService {

    /**
     * Changes one webhook of an agent and returns it ({@code PATCH
     * /api/v1/agents/{agentUuid}/webhooks/{webhookUuid}}).
     *
     * <p>The reference requires {@code url} and {@code events} on every update; {@code
     * events} replaces the whole list. The signing secret is write-only: the answer says
     * only whether one is set.
     *
     * <p><b>Idempotent:</b> repeating it leaves the server as one request would, so besides
     * 429, 503 and connections that could not be made, ambiguous failures (a read timeout, a
     * connection dropped after sending, a 500, 502 or 504) are retried too. See {@link
     * MihuClient} for the retry policy.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param webhookUuid the webhook's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the webhook after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    Webhook update(String agentUuid, String webhookUuid, UpdateWebhookRequest request);

    /**
     * Does what {@link #update(String, String, UpdateWebhookRequest)} does, and also returns
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param webhookUuid the webhook's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return the response, whose {@link MihuResponse#data()} is the webhook after the change
     * @throws ai.mihu.sdk.errors.InvalidRequestException if an id or the request is invalid; nothing is sent
     * @throws ai.mihu.sdk.errors.MihuApiException (a subclass per status) for a non-2xx response
     * @throws ai.mihu.sdk.errors.MihuConnectionException for a network failure or timeout
     * @throws ai.mihu.sdk.errors.MalformedResponseException for a 2xx response that cannot be used
     */
    MihuResponse<Webhook> updateWithResponse(String agentUuid, String webhookUuid, UpdateWebhookRequest request);
}
