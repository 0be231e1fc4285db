package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.UpdateAgentRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentService} over the generated asynchronous Feign interface, one line per method. */
final class FeignAsyncAgentService implements AsyncAgentService {

    private final CallPath calls;

    FeignAsyncAgentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> create(CreateAgentRequest request) {
        return calls.dataAsync(
                Operations.CREATE_AGENT, request, api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> createWithResponse(CreateAgentRequest request) {
        return calls.withResponseAsync(
                Operations.CREATE_AGENT, request, api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public CompletableFuture<AgentList> list() {
        return calls.dataAsync(
                Operations.LIST_AGENTS, CallPath.NO_BODY, api -> api.agents().listAgentsWithHttpInfo());
    }

    @Override
    public CompletableFuture<MihuResponse<AgentList>> listWithResponse() {
        return calls.withResponseAsync(
                Operations.LIST_AGENTS, CallPath.NO_BODY, api -> api.agents().listAgentsWithHttpInfo());
    }

    @Override
    public CompletableFuture<Agent> update(String agentUuid, UpdateAgentRequest request) {
        return calls.dataAsync(
                Operations.UPDATE_AGENT,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().updateAgentWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> updateWithResponse(String agentUuid, UpdateAgentRequest request) {
        return calls.withResponseAsync(
                Operations.UPDATE_AGENT,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().updateAgentWithHttpInfo(id.agent(), request));
    }

    @Override
    public AsyncAgentNoteService notes() {
        return new FeignAsyncAgentNoteService(calls);
    }

    @Override
    public AsyncAgentGuidelineService guidelines() {
        return new FeignAsyncAgentGuidelineService(calls);
    }

    @Override
    public AsyncAgentProcedureService procedures() {
        return new FeignAsyncAgentProcedureService(calls);
    }

    @Override
    public AsyncAgentTrainingService training() {
        return new FeignAsyncAgentTrainingService(calls);
    }

    @Override
    public AsyncAgentAppointmentService appointments() {
        return new FeignAsyncAgentAppointmentService(calls);
    }

    @Override
    public AsyncAgentGuardRuleService guardRules() {
        return new FeignAsyncAgentGuardRuleService(calls);
    }

    @Override
    public AsyncAgentRoutingRuleService routingRules() {
        return new FeignAsyncAgentRoutingRuleService(calls);
    }

    @Override
    public AsyncAgentIntentService intents() {
        return new FeignAsyncAgentIntentService(calls);
    }

    @Override
    public AsyncAgentWebhookService webhooks() {
        return new FeignAsyncAgentWebhookService(calls);
    }

    @Override
    public AsyncAgentChannelService channels() {
        return new FeignAsyncAgentChannelService(calls);
    }

    @Override
    public String toString() {
        return "AsyncAgentService";
    }
}
