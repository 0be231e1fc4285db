package ai.mihu.sdk.errors;

/**
 * The server or a gateway in front of it failed (any HTTP 5xx).
 *
 * <p>A 500, 502 or 504 is ambiguous for a create: the server may have created the agent before
 * failing, so the client does not retry it unless asked to with
 * {@code retryAmbiguousFailures(true)}. A 503 means the request was not processed and is retried; it is thrown as the subclass
 * {@link ServiceUnavailableException}.
 */
public class InternalServerException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public InternalServerException(String message, FailedResponse response) {
        super(message, response);
    }
}
