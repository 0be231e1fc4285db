package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;

/**
 * {@link AgentService} over the generated Feign interface: each method is one line on the
 * {@link CallPath} of the client view it belongs to, naming the {@link Operations} constant, the
 * body to validate, and the generated method to call.
 */
final class FeignAgentService implements AgentService {

    private final CallPath calls;

    FeignAgentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent create(CreateAgentRequest request) {
        // The envelope's data directly: a MihuResponse would copy the headers only to drop them.
        return calls.data(Operations.CREATE_AGENT, request, api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public MihuResponse<Agent> createWithResponse(CreateAgentRequest request) {
        return calls.withResponse(Operations.CREATE_AGENT, request,
                api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public String toString() {
        return "AgentService";
    }
}
