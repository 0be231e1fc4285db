package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.UpdateRoutingRuleRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentRoutingRuleService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentRoutingRuleService implements AsyncAgentRoutingRuleService {

    private final CallPath calls;

    FeignAsyncAgentRoutingRuleService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> add(String agentUuid, RoutingRuleInput request) {
        return calls.dataAsync(
                Operations.ADD_AGENT_ROUTING_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentRoutingRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, RoutingRuleInput request) {
        return calls.withResponseAsync(
                Operations.ADD_AGENT_ROUTING_RULE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentRoutingRuleWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<Agent> update(String agentUuid, String ruleUuid, UpdateRoutingRuleRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentRoutingRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> updateWithResponse(
            String agentUuid, String ruleUuid, UpdateRoutingRuleRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                request,
                (api, id) -> api.agents().updateAgentRoutingRuleWithHttpInfo(id.agent(), id.item(), request));
    }

    @Override
    public CompletableFuture<Agent> delete(String agentUuid, String ruleUuid) {
        return calls.dataAsync(
                Operations.DELETE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentRoutingRuleWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> deleteWithResponse(String agentUuid, String ruleUuid) {
        return calls.withResponseAsync(
                Operations.DELETE_AGENT_ROUTING_RULE,
                PathIds.agentItem(agentUuid, "ruleUuid", ruleUuid),
                CallPath.NO_BODY,
                (api, id) -> api.agents().deleteAgentRoutingRuleWithHttpInfo(id.agent(), id.item()));
    }

    @Override
    public String toString() {
        return "AsyncAgentRoutingRuleService";
    }
}
