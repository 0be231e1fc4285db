package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignSipTrunkRequest;
import ai.mihu.sdk.model.ProvisionCallChannelRequest;
import ai.mihu.sdk.model.ProvisionCallChannelResult;
import ai.mihu.sdk.model.SipTrunkAssignment;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentChannelService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentChannelService implements AsyncAgentChannelService {

    private final CallPath calls;

    FeignAsyncAgentChannelService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<ProvisionCallChannelResult> provisionCall(
            String agentUuid, ProvisionCallChannelRequest request) {
        return calls.dataAsync(
                Operations.PROVISION_AGENT_CALL_CHANNEL,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().provisionAgentCallChannelWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<ProvisionCallChannelResult>> provisionCallWithResponse(
            String agentUuid, ProvisionCallChannelRequest request) {
        return calls.withResponseAsync(
                Operations.PROVISION_AGENT_CALL_CHANNEL,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().provisionAgentCallChannelWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<SipTrunkAssignment> assignCallSipTrunk(String agentUuid, AssignSipTrunkRequest request) {
        return calls.dataAsync(
                Operations.ASSIGN_AGENT_CALL_SIP_TRUNK,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().assignAgentCallSipTrunkWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<SipTrunkAssignment>> assignCallSipTrunkWithResponse(
            String agentUuid, AssignSipTrunkRequest request) {
        return calls.withResponseAsync(
                Operations.ASSIGN_AGENT_CALL_SIP_TRUNK,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().assignAgentCallSipTrunkWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentChannelService";
    }
}
