package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.NoteInput;

/**
 * Builds one {@link NoteInput}: a fact the agent may use in conversations.
 *
 * <p>Reached through {@link CreateAgentRequestBuilder#addNote(java.util.function.Consumer)}. A
 * note whose order is not set gets its position in the agent's list of notes, starting at 0,
 * when the request is built. Not thread-safe.
 */
public final class NoteBuilder {

    private String content;
    private Integer order;

    NoteBuilder() {
    }

    /**
     * Sets the text of the note. Required: a missing or empty content fails
     * {@link CreateAgentRequestBuilder#build()}.
     *
     * @param content the text, such as {@code "The spring catalogue ships on 1 March."}
     * @return this builder
     */
    public NoteBuilder content(String content) {
        this.content = content;
        return this;
    }

    /**
     * Sets the position of the note among the agent's notes, starting at 0. When not set, the
     * note's index in the list is used.
     *
     * @param order the position; a negative value fails {@link CreateAgentRequestBuilder#build()}
     * @return this builder
     */
    public NoteBuilder order(int order) {
        this.order = order;
        return this;
    }

    /** A fresh model with this builder's values, not validated. */
    NoteInput toModel() {
        return new NoteInput().content(content).order(order);
    }
}
