package ai.mihu.sdk;

import ai.mihu.sdk.model.AssignSipTrunkRequest;
import ai.mihu.sdk.model.ProvisionCallChannelRequest;
import ai.mihu.sdk.model.ProvisionCallChannelResult;
import ai.mihu.sdk.model.SipTrunkAssignment;

/** {@link AgentChannelService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentChannelService implements AgentChannelService {

    private final CallPath calls;

    FeignAgentChannelService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public ProvisionCallChannelResult provisionCall(String agentUuid, ProvisionCallChannelRequest request) {
        return calls.data(
                Operations.PROVISION_AGENT_CALL_CHANNEL,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().provisionAgentCallChannelWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<ProvisionCallChannelResult> provisionCallWithResponse(
            String agentUuid, ProvisionCallChannelRequest request) {
        return calls.withResponse(
                Operations.PROVISION_AGENT_CALL_CHANNEL,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().provisionAgentCallChannelWithHttpInfo(id.agent(), request));
    }

    @Override
    public SipTrunkAssignment assignCallSipTrunk(String agentUuid, AssignSipTrunkRequest request) {
        return calls.data(
                Operations.ASSIGN_AGENT_CALL_SIP_TRUNK,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().assignAgentCallSipTrunkWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<SipTrunkAssignment> assignCallSipTrunkWithResponse(
            String agentUuid, AssignSipTrunkRequest request) {
        return calls.withResponse(
                Operations.ASSIGN_AGENT_CALL_SIP_TRUNK,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().assignAgentCallSipTrunkWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AgentChannelService";
    }
}
