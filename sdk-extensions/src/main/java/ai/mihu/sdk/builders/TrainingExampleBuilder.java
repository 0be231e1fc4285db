package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.TrainingExampleInput;

/**
 * Builds one {@link TrainingExampleInput}: an example exchange that teaches the agent how to
 * answer.
 *
 * <p>Reached through
 * {@link CreateAgentRequestBuilder#addTrainingExample(java.util.function.Consumer)}. Not
 * thread-safe.
 */
public final class TrainingExampleBuilder {

    private String content;
    private String intent;
    private String response;

    TrainingExampleBuilder() {
    }

    /**
     * Sets what the caller says.
     *
     * @param content the caller's words, such as {@code "Do you rent tents?"}; {@code null} unsets it
     * @return this builder
     */
    public TrainingExampleBuilder content(String content) {
        this.content = content;
        return this;
    }

    /**
     * Sets the intent the caller's words express.
     *
     * @param intent the intent, such as {@code "rental_question"}; {@code null} unsets it
     * @return this builder
     */
    public TrainingExampleBuilder intent(String intent) {
        this.intent = intent;
        return this;
    }

    /**
     * Sets how the agent should answer.
     *
     * @param response the answer; {@code null} unsets it
     * @return this builder
     */
    public TrainingExampleBuilder response(String response) {
        this.response = response;
        return this;
    }

    /** A fresh model with this builder's values, not validated. */
    TrainingExampleInput toModel() {
        return new TrainingExampleInput().content(content).intent(intent).response(response);
    }
}
