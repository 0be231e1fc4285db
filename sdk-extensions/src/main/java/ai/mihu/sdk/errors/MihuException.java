package ai.mihu.sdk.errors;

/**
 * Base of every exception the Mihu SDK throws.
 *
 * <p>All SDK exceptions are unchecked, so callers catch only what they can handle: a specific
 * subclass such as {@link InvalidRequestException} or {@code RateLimitException}, or this type
 * to handle every SDK failure in one place. Messages never contain the API token or other
 * secrets.
 */
public class MihuException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, safe to log
     */
    public MihuException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, safe to log
     * @param cause the underlying failure
     */
    public MihuException(String message, Throwable cause) {
        super(message, cause);
    }
}
