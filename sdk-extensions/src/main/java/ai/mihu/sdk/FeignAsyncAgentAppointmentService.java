package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AppointmentsConfig;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentAppointmentService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentAppointmentService implements AsyncAgentAppointmentService {

    private final CallPath calls;

    FeignAsyncAgentAppointmentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> replaceAll(String agentUuid, AppointmentsConfig request) {
        return calls.dataAsync(
                Operations.REPLACE_AGENT_APPOINTMENTS,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentAppointmentsWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> replaceAllWithResponse(String agentUuid, AppointmentsConfig request) {
        return calls.withResponseAsync(
                Operations.REPLACE_AGENT_APPOINTMENTS,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().replaceAgentAppointmentsWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentAppointmentService";
    }
}
