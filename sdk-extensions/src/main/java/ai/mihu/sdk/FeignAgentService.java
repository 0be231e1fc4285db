package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.UpdateAgentRequest;

/**
 * {@link AgentService} over the generated Feign interface: each method is one line on the
 * {@link CallPath} of the client view it belongs to, naming the {@link Operations} constant, the
 * body to validate, and the generated method to call.
 */
final class FeignAgentService implements AgentService {

    private final CallPath calls;

    FeignAgentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent create(CreateAgentRequest request) {
        // The envelope's data directly: a MihuResponse would copy the headers only to drop them.
        return calls.data(Operations.CREATE_AGENT, request, api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public MihuResponse<Agent> createWithResponse(CreateAgentRequest request) {
        return calls.withResponse(
                Operations.CREATE_AGENT, request, api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public AgentList list() {
        return calls.data(
                Operations.LIST_AGENTS, CallPath.NO_BODY, api -> api.agents().listAgentsWithHttpInfo());
    }

    @Override
    public MihuResponse<AgentList> listWithResponse() {
        return calls.withResponse(
                Operations.LIST_AGENTS, CallPath.NO_BODY, api -> api.agents().listAgentsWithHttpInfo());
    }

    @Override
    public Agent update(String agentUuid, UpdateAgentRequest request) {
        return calls.data(
                Operations.UPDATE_AGENT,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().updateAgentWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> updateWithResponse(String agentUuid, UpdateAgentRequest request) {
        return calls.withResponse(
                Operations.UPDATE_AGENT,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().updateAgentWithHttpInfo(id.agent(), request));
    }

    @Override
    public AgentNoteService notes() {
        return new FeignAgentNoteService(calls);
    }

    @Override
    public AgentGuidelineService guidelines() {
        return new FeignAgentGuidelineService(calls);
    }

    @Override
    public AgentProcedureService procedures() {
        return new FeignAgentProcedureService(calls);
    }

    @Override
    public AgentTrainingService training() {
        return new FeignAgentTrainingService(calls);
    }

    @Override
    public AgentAppointmentService appointments() {
        return new FeignAgentAppointmentService(calls);
    }

    @Override
    public AgentGuardRuleService guardRules() {
        return new FeignAgentGuardRuleService(calls);
    }

    @Override
    public AgentRoutingRuleService routingRules() {
        return new FeignAgentRoutingRuleService(calls);
    }

    @Override
    public AgentIntentService intents() {
        return new FeignAgentIntentService(calls);
    }

    @Override
    public AgentWebhookService webhooks() {
        return new FeignAgentWebhookService(calls);
    }

    @Override
    public AgentChannelService channels() {
        return new FeignAgentChannelService(calls);
    }

    @Override
    public String toString() {
        return "AgentService";
    }
}
