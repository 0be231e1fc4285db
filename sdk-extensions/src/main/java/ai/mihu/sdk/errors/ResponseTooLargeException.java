package ai.mihu.sdk.errors;

/**
 * The server answered with a success status whose body is larger than the client accepts
 * ({@code maxResponseBytes} on the client's builder). The client stops reading at the limit, or
 * before reading anything when the response declares its length, so a huge or endless body
 * cannot exhaust the application's memory.
 *
 * <p>As for any {@link MalformedResponseException}, the request itself succeeded, so it is not
 * retried.
 */
public class ResponseTooLargeException extends MalformedResponseException {

    private static final long serialVersionUID = 1L;

    /** The limit that was passed, in bytes. */
    private final long limitBytes;

    /**
     * Creates an exception for a body over the limit.
     *
     * @param message what was received, safe to log
     * @param statusCode the HTTP status code, such as 200
     * @param limitBytes the limit that was passed, in bytes
     */
    public ResponseTooLargeException(String message, int statusCode, long limitBytes) {
        super(message, statusCode, null);
        this.limitBytes = limitBytes;
    }

    /**
     * The most bytes the client accepts in a response body.
     *
     * @return the limit, in bytes
     */
    public long limitBytes() {
        return limitBytes;
    }
}
