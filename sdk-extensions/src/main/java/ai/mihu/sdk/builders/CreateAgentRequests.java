package ai.mihu.sdk.builders;

/**
 * Where request builders start: {@code CreateAgentRequests.builder("Sales Agent")...build()}.
 *
 * <p>The builders return the generated {@link ai.mihu.sdk.model.CreateAgentRequest} that the
 * client sends, validated the same way the client validates it.
 */
public final class CreateAgentRequests {

    private CreateAgentRequests() {
    }

    /**
     * Starts an empty request. {@link CreateAgentRequestBuilder#name(String)} must be set before
     * {@link CreateAgentRequestBuilder#build()}.
     *
     * @return a new builder
     */
    public static CreateAgentRequestBuilder builder() {
        return new CreateAgentRequestBuilder();
    }

    /**
     * Starts a request for an agent with the given name, the one required field.
     *
     * @param name display name of the agent, such as {@code "Sales Agent"}; a blank or
     *     {@code null} name fails {@link CreateAgentRequestBuilder#build()}
     * @return a new builder with the name set
     */
    public static CreateAgentRequestBuilder builder(String name) {
        return new CreateAgentRequestBuilder().name(name);
    }
}
