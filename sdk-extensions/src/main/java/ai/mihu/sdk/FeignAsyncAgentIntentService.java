package ai.mihu.sdk;

import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.SetIntentEventRequest;
import ai.mihu.sdk.model.UpdateIntentRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentIntentService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentIntentService implements AsyncAgentIntentService {

    private final CallPath calls;

    FeignAsyncAgentIntentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Intent> update(String agentUuid, String intentUuid, UpdateIntentRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT_INTENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().updateAgentIntentWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Intent>> updateWithResponse(
            String agentUuid, String intentUuid, UpdateIntentRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT_INTENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().updateAgentIntentWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<IntentEvent> getEvent(String agentUuid, String intentUuid) {
        return calls.dataAsync(
                Operations.GET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().getAgentIntentEventWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public CompletableFuture<MihuResponse<IntentEvent>> getEventWithResponse(String agentUuid, String intentUuid) {
        return calls.withResponseAsync(
                Operations.GET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().getAgentIntentEventWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public CompletableFuture<IntentEvent> setEvent(String agentUuid, String intentUuid, SetIntentEventRequest request) {
        return calls.dataAsync(
                Operations.SET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().setAgentIntentEventWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<IntentEvent>> setEventWithResponse(
            String agentUuid, String intentUuid, SetIntentEventRequest request) {
        return calls.withResponseAsync(
                Operations.SET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().setAgentIntentEventWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentIntentService";
    }
}
