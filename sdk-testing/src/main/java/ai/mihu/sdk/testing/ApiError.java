package ai.mihu.sdk.testing;

/**
 * An error answer an operation handler decides on, such as a 404 for an unknown agent, thrown out
 * of the handler (and out of the store's atomic update, which then leaves the agent unchanged).
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Answer answer;

    private ApiError(Answer answer, String description) {
        super(description, null, false, false);
        this.answer = answer;
    }

    /** The answer to send. */
    Answer answer() {
        return answer;
    }

    /** 404 for an agent the tenant does not have, worded as the spec's example. */
    static ApiError agentNotFound(Object agentUuid) {
        return notFound("Agent not found.", "No agent has the uuid " + agentUuid + " in this tenant.");
    }

    /** 404 for an item of a section, such as a procedure, that the agent does not have. */
    static ApiError itemNotFound(String itemName, Object agentUuid, String itemUuid) {
        String capitalised = Character.toUpperCase(itemName.charAt(0)) + itemName.substring(1);
        return notFound(
                capitalised + " not found.",
                "The agent " + agentUuid + " has no " + itemName + " with the uuid " + itemUuid + ".");
    }

    /** 404 with the documented envelope. */
    static ApiError notFound(String message, String details) {
        return new ApiError(Answer.error(404, "NOT_FOUND", message, details, null), message + " " + details);
    }

    /** 422 {@code VALIDATION_ERROR} naming a field, for a value only the server can judge. */
    static ApiError invalidField(String field, String details) {
        StandardErrors.Entry entry = StandardErrors.forStatus(422);
        return new ApiError(Answer.error(422, entry.code(), entry.message(), details, field), field + ": " + details);
    }
}
