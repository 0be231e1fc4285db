package ai.mihu.sdk.errors;

/**
 * The API token is valid but not allowed to do this (HTTP 403).
 */
public class PermissionDeniedException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public PermissionDeniedException(String message, FailedResponse response) {
        super(message, response);
    }
}
