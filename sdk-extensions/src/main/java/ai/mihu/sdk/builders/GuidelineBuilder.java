package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.GuidelineInput;

/**
 * Builds one {@link GuidelineInput}: a short rule the agent follows.
 *
 * <p>Reached through {@link CreateAgentRequestBuilder#addGuideline(java.util.function.Consumer)}.
 * A guideline whose order is not set gets its position in the agent's list of guidelines,
 * starting at 0, when the request is built. Not thread-safe.
 */
public final class GuidelineBuilder {

    private String content;
    private Integer order;

    GuidelineBuilder() {
    }

    /**
     * Sets the text of the guideline. Required: a missing or empty content fails
     * {@link CreateAgentRequestBuilder#build()}.
     *
     * @param content the text, such as {@code "Keep answers under thirty seconds."}
     * @return this builder
     */
    public GuidelineBuilder content(String content) {
        this.content = content;
        return this;
    }

    /**
     * Sets the position of the guideline among the agent's guidelines, starting at 0. When not
     * set, the guideline's index in the list is used.
     *
     * @param order the position; a negative value fails {@link CreateAgentRequestBuilder#build()}
     * @return this builder
     */
    public GuidelineBuilder order(int order) {
        this.order = order;
        return this;
    }

    /** A fresh model with this builder's values, not validated. */
    GuidelineInput toModel() {
        return new GuidelineInput().content(content).order(order);
    }
}
