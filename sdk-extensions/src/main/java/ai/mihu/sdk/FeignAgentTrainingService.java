package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ReplaceTrainingRequest;
import ai.mihu.sdk.model.UpdateTrainingExampleRequest;

/** {@link AgentTrainingService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentTrainingService implements AgentTrainingService {

    private final CallPath calls;

    FeignAgentTrainingService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent replaceAll(String agentUuid, ReplaceTrainingRequest request) {
        return calls.data(
                Operations.REPLACE_AGENT_TRAINING,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentTrainingWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> replaceAllWithResponse(String agentUuid, ReplaceTrainingRequest request) {
        return calls.withResponse(
                Operations.REPLACE_AGENT_TRAINING,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentTrainingWithHttpInfo(id.agent(), request));
    }

    @Override
    public Agent update(String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT_TRAINING_EXAMPLE,
                PathIds.agentItem(agentUuid, "trainingUuid", trainingUuid),
                request,
                (api, id) -> api.agents().updateAgentTrainingExampleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<Agent> updateWithResponse(
            String agentUuid, String trainingUuid, UpdateTrainingExampleRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT_TRAINING_EXAMPLE,
                PathIds.agentItem(agentUuid, "trainingUuid", trainingUuid),
                request,
                (api, id) -> api.agents().updateAgentTrainingExampleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AgentTrainingService";
    }
}
