package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ReplaceTrainingRequest;
import ai.mihu.sdk.model.UpdateTrainingExampleRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentTrainingService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentTrainingService implements AsyncAgentTrainingService {

    private final CallPath calls;

    FeignAsyncAgentTrainingService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> replaceAll(String agentUuid, ReplaceTrainingRequest request) {
        return calls.dataAsync(
                Operations.REPLACE_AGENT_TRAINING,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentTrainingWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(
            String agentUuid, ReplaceTrainingRequest request) {
        return calls.withResponseAsync(
                Operations.REPLACE_AGENT_TRAINING,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentTrainingWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<Agent> update(
            String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT_TRAINING_EXAMPLE,
                PathIds.agentItem(agentUuid, "trainingUuid", trainingUuid),
                request,
                (api, id) -> api.agents().updateAgentTrainingExampleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT_TRAINING_EXAMPLE,
                PathIds.agentItem(agentUuid, "trainingUuid", trainingUuid),
                request,
                (api, id) -> api.agents().updateAgentTrainingExampleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentTrainingService";
    }
}
