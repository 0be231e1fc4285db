package ai.mihu.sdk;

import ai.mihu.sdk.model.UpdateWebhookRequest;
import ai.mihu.sdk.model.Webhook;

/** {@link AgentWebhookService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentWebhookService implements AgentWebhookService {

    private final CallPath calls;

    FeignAgentWebhookService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Webhook update(String agentUuid, String webhookUuid, UpdateWebhookRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT_WEBHOOK,
                PathIds.agentItem(agentUuid, "webhookUuid", webhookUuid),
                request,
                (api, id) -> api.agents().updateAgentWebhookWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<Webhook> updateWithResponse(
            String agentUuid, String webhookUuid, UpdateWebhookRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT_WEBHOOK,
                PathIds.agentItem(agentUuid, "webhookUuid", webhookUuid),
                request,
                (api, id) -> api.agents().updateAgentWebhookWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AgentWebhookService";
    }
}
