package ai.mihu.sdk.errors;

/**
 * The requested resource does not exist (HTTP 404).
 */
public class NotFoundException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public NotFoundException(String message, FailedResponse response) {
        super(message, response);
    }
}
