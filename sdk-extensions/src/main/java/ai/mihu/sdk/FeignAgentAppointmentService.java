package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AppointmentsConfig;

/** {@link AgentAppointmentService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentAppointmentService implements AgentAppointmentService {

    private final CallPath calls;

    FeignAgentAppointmentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent replaceAll(String agentUuid, AppointmentsConfig request) {
        return calls.data(
                Operations.REPLACE_AGENT_APPOINTMENTS,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentAppointmentsWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> replaceAllWithResponse(String agentUuid, AppointmentsConfig request) {
        return calls.withResponse(
                Operations.REPLACE_AGENT_APPOINTMENTS,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentAppointmentsWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AgentAppointmentService";
    }
}
