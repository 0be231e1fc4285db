package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentService} over the generated asynchronous Feign interface, one line per method. */
final class FeignAsyncAgentService implements AsyncAgentService {

    private final CallPath calls;

    FeignAsyncAgentService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> create(CreateAgentRequest request) {
        return calls.dataAsync(Operations.CREATE_AGENT, request, api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> createWithResponse(CreateAgentRequest request) {
        return calls.withResponseAsync(Operations.CREATE_AGENT, request,
                api -> api.agents().createAgentWithHttpInfo(request));
    }

    @Override
    public String toString() {
        return "AsyncAgentService";
    }
}
