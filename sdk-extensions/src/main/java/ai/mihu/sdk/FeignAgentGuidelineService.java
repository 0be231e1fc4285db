package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.ReplaceGuidelinesRequest;

/** {@link AgentGuidelineService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentGuidelineService implements AgentGuidelineService {

    private final CallPath calls;

    FeignAgentGuidelineService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent add(String agentUuid, GuidelineInput request) {
        return calls.data(
                Operations.ADD_AGENT_GUIDELINE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuidelineWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> addWithResponse(String agentUuid, GuidelineInput request) {
        return calls.withResponse(
                Operations.ADD_AGENT_GUIDELINE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuidelineWithHttpInfo(id.agent(), request));
    }

    @Override
    public Agent replaceAll(String agentUuid, ReplaceGuidelinesRequest request) {
        return calls.data(
                Operations.REPLACE_AGENT_GUIDELINES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuidelinesWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> replaceAllWithResponse(String agentUuid, ReplaceGuidelinesRequest request) {
        return calls.withResponse(
                Operations.REPLACE_AGENT_GUIDELINES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuidelinesWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AgentGuidelineService";
    }
}
