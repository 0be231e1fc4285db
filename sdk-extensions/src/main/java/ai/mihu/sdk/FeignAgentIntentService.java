package ai.mihu.sdk;

import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentEvent;
import ai.mihu.sdk.model.SetIntentEventRequest;
import ai.mihu.sdk.model.UpdateIntentRequest;

/** {@link AgentIntentService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentIntentService implements AgentIntentService {

    private final CallPath calls;

    FeignAgentIntentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Intent update(String agentUuid, String intentUuid, UpdateIntentRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT_INTENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().updateAgentIntentWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<Intent> updateWithResponse(String agentUuid, String intentUuid, UpdateIntentRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT_INTENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().updateAgentIntentWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public IntentEvent getEvent(String agentUuid, String intentUuid) {
        return calls.data(
                Operations.GET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().getAgentIntentEventWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public MihuResponse<IntentEvent> getEventWithResponse(String agentUuid, String intentUuid) {
        return calls.withResponse(
                Operations.GET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().getAgentIntentEventWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public IntentEvent setEvent(String agentUuid, String intentUuid, SetIntentEventRequest request) {
        return calls.data(
                Operations.SET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().setAgentIntentEventWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<IntentEvent> setEventWithResponse(
            String agentUuid, String intentUuid, SetIntentEventRequest request) {
        return calls.withResponse(
                Operations.SET_AGENT_INTENT_EVENT,
                PathIds.agentItem(agentUuid, "intentUuid", intentUuid),
                request,
                (api, id) -> api.agents().setAgentIntentEventWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AgentIntentService";
    }
}
