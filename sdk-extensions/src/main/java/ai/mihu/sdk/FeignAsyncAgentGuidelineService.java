package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.ReplaceGuidelinesRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentGuidelineService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentGuidelineService implements AsyncAgentGuidelineService {

    private final CallPath calls;

    FeignAsyncAgentGuidelineService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> add(String agentUuid, GuidelineInput request) {
        return calls.dataAsync(
                Operations.ADD_AGENT_GUIDELINE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuidelineWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, GuidelineInput request) {
        return calls.withResponseAsync(
                Operations.ADD_AGENT_GUIDELINE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuidelineWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<Agent> replaceAll(String agentUuid, ReplaceGuidelinesRequest request) {
        return calls.dataAsync(
                Operations.REPLACE_AGENT_GUIDELINES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuidelinesWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(
            String agentUuid, ReplaceGuidelinesRequest request) {
        return calls.withResponseAsync(
                Operations.REPLACE_AGENT_GUIDELINES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuidelinesWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentGuidelineService";
    }
}
