package ai.mihu.sdk;

import ai.mihu.sdk.model.UpdateWebhookRequest;
import ai.mihu.sdk.model.Webhook;
import java.util.concurrent.CompletableFuture;

/**
 * The operations on the webhooks of an agent, obtained from {@code
 * client.async().agents().webhooks()}, without blocking.
 *
 * <p>Each method sends the same request as its synchronous twin, with the same validation, retry
 * policy, options and deadline, and returns at once; failures complete the future exceptionally
 * with the same typed exceptions, and cancelling the future cancels the call (see {@link
 * AsyncAgentService}).
 *
 * <p>An interface, so that code using the SDK can substitute its own implementation in tests.
 */
public interface AsyncAgentWebhookService {

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
     * @return a future of the webhook after the change
     */
    CompletableFuture<Webhook> update(String agentUuid, String webhookUuid, UpdateWebhookRequest request);

    /**
     * Does what {@link #update(String, String, UpdateWebhookRequest)} does, and also gives
     * the status code, headers, message and diagnostics of the response.
     *
     * @param agentUuid the agent's UUID; checked before sending
     * @param webhookUuid the webhook's UUID; checked before sending
     * @param request the request body; validated before sending
     * @return a future of the response, whose {@link MihuResponse#data()} is the webhook after the change
     */
    CompletableFuture<MihuResponse<Webhook>> updateWithResponse(
            String agentUuid, String webhookUuid, UpdateWebhookRequest request);
}
