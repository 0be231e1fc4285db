package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.ReplaceGuardRulesRequest;
import ai.mihu.sdk.model.UpdateGuardRuleRequest;

/** {@link AgentGuardRuleService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentGuardRuleService implements AgentGuardRuleService {

    private final CallPath calls;

    FeignAgentGuardRuleService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent replaceAll(String agentUuid, ReplaceGuardRulesRequest request) {
        return calls.data(
                Operations.REPLACE_AGENT_GUARD_RULES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuardRulesWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> replaceAllWithResponse(String agentUuid, ReplaceGuardRulesRequest request) {
        return calls.withResponse(
                Operations.REPLACE_AGENT_GUARD_RULES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuardRulesWithHttpInfo(id.agent(), request));
    }

    @Override
    public Agent add(String agentUuid, GuardRuleInput request) {
        return calls.data(
                Operations.ADD_AGENT_GUARD_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuardRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> addWithResponse(String agentUuid, GuardRuleInput request) {
        return calls.withResponse(
                Operations.ADD_AGENT_GUARD_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuardRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public Agent update(String agentUuid, String ruleUuid, UpdateGuardRuleRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT_GUARD_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentGuardRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public MihuResponse<Agent> updateWithResponse(String agentUuid, String ruleUuid, UpdateGuardRuleRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT_GUARD_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentGuardRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AgentGuardRuleService";
    }
}
