package ai.mihu.sdk;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.NoteInput;

/** {@link AgentNoteService} over the generated Feign interface: one line per method on the view's {@link CallPath}. */
final class FeignAgentNoteService implements AgentNoteService {

    private final CallPath calls;

    FeignAgentNoteService(CallPath calls) {
        this.calls = calls;
    }

    @Override
    public Agent add(String agentUuid, NoteInput request) {
        return calls.data(
                Operations.ADD_AGENT_NOTE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentNoteWithHttpInfo(id.agent(), request));
    }

    @Override
    public MihuResponse<Agent> addWithResponse(String agentUuid, NoteInput request) {
        return calls.withResponse(
                Operations.ADD_AGENT_NOTE,
                PathIds.agent(agentUuid),
                request,
                (api, id) -> api.agents().addAgentNoteWithHttpInfo(id.agent(), request));
    }

    @Override
    public String toString() {
        return "AgentNoteService";
    }
}
