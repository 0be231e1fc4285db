package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.NoteInput;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncAgentNoteService} over the generated asynchronous Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAsyncAgentNoteService implements AsyncAgentNoteService {

    private final CallPath calls;

    FeignAsyncAgentNoteService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Agent> add(String agentUuid, NoteInput request) {
        return calls.dataAsync(
                Operations.ADD_AGENT_NOTE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentNoteWithHttpInfo(id.agent(), request));
    }

    @Override
    public CompletableFuture<MihuResponse<Agent>> addWithResponse(String agentUuid, NoteInput request) {
        return calls.withResponseAsync(
                Operations.ADD_AGENT_NOTE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentNoteWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AsyncAgentNoteService";
    }
}
