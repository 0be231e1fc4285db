package ai.mihu.sdk.errors;

/**
 * The request body was valid JSON but failed the server's validation (HTTP 422); {@link #errorField()} names the field.
 */
public class UnprocessableEntityException extends MihuApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a failed response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     */
    public UnprocessableEntityException(String message, FailedResponse response) {
        super(message, response);
    }
}
