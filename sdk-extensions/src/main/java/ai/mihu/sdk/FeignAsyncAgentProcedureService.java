package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.UpdateProcedureRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentProcedureService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentProcedureService implements AsyncAgentProcedureService {

    private final CallPath calls;

    FeignAsyncAgentProcedureService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> add(String agentUuid, ProcedureInput request) {
        return calls.dataAsync(
                Operations.ADD_AGENT_PROCEDURE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentProcedureWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, ProcedureInput request) {
        return calls.withResponseAsync(
                Operations.ADD_AGENT_PROCEDURE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentProcedureWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<Agent> update(String agentUuid, String procedureUuid, UpdateProcedureRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                request,
                (api, id) -> api.agents().updateAgentProcedureWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String procedureUuid, UpdateProcedureRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                request,
                (api, id) -> api.agents().updateAgentProcedureWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<Agent> delete(String agentUuid, String procedureUuid) {
        return calls.dataAsync(
                Operations.DELETE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentProcedureWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> deleteWithResponse(String agentUuid, String procedureUuid) {
        return calls.withResponseAsync(
                Operations.DELETE_AGENT_PROCEDURE,
                PathIds.agentItem(agentUuid, "procedureUuid", procedureUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentProcedureWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public String toString() {
        return "AsyncAgentProcedureService";
    }
}
