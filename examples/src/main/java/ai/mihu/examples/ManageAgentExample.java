package ai.mihu.examples;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.NoteInputs;
import ai.mihu.sdk.builders.ReplaceGuidelinesRequests;
import ai.mihu.sdk.builders.UpdateAgentRequests;
import ai.mihu.sdk.errors.NotFoundException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.Guideline;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * The life of an agent after it is created: a note added, the guidelines replaced, one field
 * changed and another cleared, the agents listed, a procedure deleted, and the 404 of a procedure
 * that is already gone. Each step prints what changed.
 *
 * <p>The getting-started guide's "Manage an agent" section is cut from this class, and the
 * quickstart ({@link CreateAgentExample}) runs it on the agent it creates.
 */
public final class ManageAgentExample {

    private ManageAgentExample() {}

    /**
     * Changes an agent step by step and prints what each step changed.
     *
     * @param client the client
     * @param created the agent as its create answered it, such as the quickstart's sales agent; it
     *     needs at least one procedure
     * @param out where to print what changed
     * @return the agent after the last change
     * @throws IllegalArgumentException if the agent has no procedure to delete
     */
    public static Agent manage(MihuClient client, Agent created, PrintStream out) {
        Objects.requireNonNull(created.getAgentUuid(), "the created agent's agent_uuid");
        if (created.getProcedures() == null || created.getProcedures().isEmpty()) {
            throw new IllegalArgumentException("The agent " + created.getAgentUuid() + " has no procedure to delete");
        }
        // docs:start manage-add-note
        String agentUuid = created.getAgentUuid().toString();
        Agent agent = client.agents()
                .notes()
                .add(
                        agentUuid,
                        NoteInputs.builder("Demos run thirty minutes and need no installation.")
                                .build());
        // docs:end manage-add-note
        out.println(
                "Added a note:            " + size(created.getNotes()) + " -> " + size(agent.getNotes()) + " notes");

        // docs:start manage-replace-guidelines
        agent = client.agents()
                .guidelines()
                .replaceAll(
                        agentUuid,
                        ReplaceGuidelinesRequests.builder()
                                .addGuideline("Ask which product line the caller is interested in.")
                                .addGuideline("Keep answers under thirty seconds.")
                                .build()); // guidelines not in the list are removed
        // docs:end manage-replace-guidelines
        out.println("Replaced the guidelines: " + contents(agent.getGuidelines()));

        // docs:start manage-update
        agent = client.agents()
                .update(
                        agentUuid,
                        UpdateAgentRequests.builder()
                                .description("Qualifies inbound leads and books product demos.") // a new value
                                .clearCustomPrompt() // sent as "custom_prompt": null
                                .build()); // what is left out stays as it is
        // docs:end manage-update
        out.println("Updated the description: " + agent.getDescription());
        out.println("Cleared the custom prompt: "
                + (agent.getCustomPrompt() == null ? "none left" : agent.getCustomPrompt()));

        // docs:start manage-list
        AgentList agents = client.agents().list();
        for (Agent listed : agents.getItems()) {
            out.println("Listed: " + listed.getName() + " (" + listed.getAgentUuid() + ")");
        }
        // docs:end manage-list

        // docs:start manage-delete-procedure
        String procedureUuid = agent.getProcedures().get(0).getUuid().toString();
        agent = client.agents().procedures().delete(agentUuid, procedureUuid);
        // docs:end manage-delete-procedure
        out.println("Deleted a procedure:     " + size(agent.getProcedures()) + " left");

        deleteAgain(client, agentUuid, procedureUuid, out);
        return agent;
    }

    /** Deletes the procedure a second time: it is gone, and the API says so with a 404. */
    private static void deleteAgain(MihuClient client, String agentUuid, String procedureUuid, PrintStream out) {
        // docs:start manage-not-found
        try {
            client.agents().procedures().delete(agentUuid, procedureUuid);
        } catch (NotFoundException e) {
            // The agent or the procedure does not exist (any more): nothing was changed.
            out.println("Already deleted: " + e.getMessage()); // e.errorCode() is "NOT_FOUND"
        }
        // docs:end manage-not-found
    }

    private static List<String> contents(List<Guideline> guidelines) {
        return guidelines == null
                ? List.of()
                : guidelines.stream().map(Guideline::getContent).toList();
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
