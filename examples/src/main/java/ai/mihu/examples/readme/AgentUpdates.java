package ai.mihu.examples.readme;

// docs:start readme-agent-update
import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.UpdateAgentRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.NoteInput;

/** Changes an agent after it was created: a partial update, then one more note. */
public final class AgentUpdates {

    private AgentUpdates() {}

    /**
     * Rewords an agent, clears its custom prompt and adds a note, keeping everything else.
     *
     * @param client the client
     * @param agentUuid the agent's UUID, such as {@code agent.getAgentUuid().toString()}
     * @return the agent after both changes
     */
    public static Agent reword(MihuClient client, String agentUuid) {
        client.agents()
                .update(
                        agentUuid,
                        UpdateAgentRequests.builder()
                                .description("Books service slots and answers warranty questions.") // a new value
                                .clearCustomPrompt() // sent as "custom_prompt": null: cleared
                                .build()); // everything left out stays as it is
        return client.agents()
                .notes()
                .add(agentUuid, new NoteInput().content("Service takes about two hours.")); // keeps the other notes
    }
}
// docs:end readme-agent-update
