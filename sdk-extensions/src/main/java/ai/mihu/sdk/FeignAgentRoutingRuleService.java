package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.UpdateRoutingRuleRequest;

/** {@link AgentRoutingRuleService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentRoutingRuleService implements AgentRoutingRuleService {

    private final CallPath calls;

    FeignAgentRoutingRuleService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent add(String agentUuid, RoutingRuleInput request) {
        return calls.data(
                Operations.ADD_AGENT_ROUTING_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentRoutingRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> addWithResponse(String agentUuid, RoutingRuleInput request) {
        return calls.withResponse(
                Operations.ADD_AGENT_ROUTING_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentRoutingRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public Agent update(String agentUuid, String ruleUuid, UpdateRoutingRuleRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentRoutingRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<Agent> updateWithResponse(String agentUuid, String ruleUuid, UpdateRoutingRuleRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentRoutingRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public Agent delete(String agentUuid, String ruleUuid) {
        return calls.data(
                Operations.DELETE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentRoutingRuleWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public MihuResponse<Agent> deleteWithResponse(String agentUuid, String ruleUuid) {
        return calls.withResponse(
                Operations.DELETE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentRoutingRuleWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public String toString() {
        return "AgentRoutingRuleService";
    }
}
