package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.ReplaceGuardRulesRequest;
import ai.mihu.sdk.model.UpdateGuardRuleRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentGuardRuleService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentGuardRuleService implements AsyncAgentGuardRuleService {

    private final CallPath calls;

    FeignAsyncAgentGuardRuleService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> replaceAll(String agentUuid, ReplaceGuardRulesRequest request) {
        return calls.dataAsync(
                Operations.REPLACE_AGENT_GUARD_RULES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuardRulesWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(
            String agentUuid, ReplaceGuardRulesRequest request) {
        return calls.withResponseAsync(
                Operations.REPLACE_AGENT_GUARD_RULES,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentGuardRulesWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<Agent> add(String agentUuid, GuardRuleInput request) {
        return calls.dataAsync(
                Operations.ADD_AGENT_GUARD_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuardRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, GuardRuleInput request) {
        return calls.withResponseAsync(
                Operations.ADD_AGENT_GUARD_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentGuardRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<Agent> update(String agentUuid, String ruleUuid, UpdateGuardRuleRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT_GUARD_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentGuardRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String ruleUuid, UpdateGuardRuleRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT_GUARD_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentGuardRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentGuardRuleService";
    }
}
