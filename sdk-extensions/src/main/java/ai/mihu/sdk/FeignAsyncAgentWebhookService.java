package ai.mihu.sdk;

import ai.mihu.sdk.model.UpdateWebhookRequest;
import ai.mihu.sdk.model.Webhook;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentWebhookService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentWebhookService implements AsyncAgentWebhookService {

    private final CallPath calls;

    FeignAsyncAgentWebhookService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Webhook> update(String agentUuid, String webhookUuid, UpdateWebhookRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT_WEBHOOK,
                PathIds.agentItem(agentUuid, "webhookUuid", webhookUuid),
                request,
                (api, id) -> api.agents().updateAgentWebhookWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Webhook>> updateWithResponse(
            String agentUuid, String webhookUuid, UpdateWebhookRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT_WEBHOOK,
                PathIds.agentItem(agentUuid, "webhookUuid", webhookUuid),
                request,
                (api, id) -> api.agents().updateAgentWebhookWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentWebhookService";
    }
}
