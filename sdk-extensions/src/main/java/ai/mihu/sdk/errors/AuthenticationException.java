package ai.mihu.sdk.errors;

/**
 * The API token is missing, invalid or revoked (HTTP 401).
 */
public class AuthenticationException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public AuthenticationException(String message, FailedResponse response) {
        super(message, response);
    }
}
