package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.UpdateProcedureRequest;

/** {@link AgentProcedureService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentProcedureService implements AgentProcedureService {

    private final CallPath calls;

    FeignAgentProcedureService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent add(String agentUuid, ProcedureInput request) {
        return calls.data(
                Operations.ADD_AGENT_PROCEDURE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentProcedureWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> addWithResponse(String agentUuid, ProcedureInput request) {
        return calls.withResponse(
                Operations.ADD_AGENT_PROCEDURE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentProcedureWithHttpInfo(id.agent(), request));
    }

    @Override
    public Agent update(String agentUuid, String procedureUuid, UpdateProcedureRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                request,
                (api, id) -> api.agents().updateAgentProcedureWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<Agent> updateWithResponse(
            String agentUuid, String procedureUuid, UpdateProcedureRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                request,
                (api, id) -> api.agents().updateAgentProcedureWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public Agent delete(String agentUuid, String procedureUuid) {
        return calls.data(
                Operations.DELETE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentProcedureWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public MihuResponse<Agent> deleteWithResponse(String agentUuid, String procedureUuid) {
        return calls.withResponse(
                Operations.DELETE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentProcedureWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public String toString() {
        return "AgentProcedureService";
    }
}
