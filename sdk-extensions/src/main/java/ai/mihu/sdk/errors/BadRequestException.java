package ai.mihu.sdk.errors;

/**
 * The request was malformed or its body was not valid JSON (HTTP 400).
 */
public class BadRequestException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public BadRequestException(String message, FailedResponse response) {
        super(message, response);
    }
}
