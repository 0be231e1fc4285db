package ai.mihu.sdk.errors;

/**
 * The request conflicts with the current state, such as a limit being reached (HTTP 409).
 */
public class ConflictException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public ConflictException(String message, FailedResponse response) {
        super(message, response);
    }
}
