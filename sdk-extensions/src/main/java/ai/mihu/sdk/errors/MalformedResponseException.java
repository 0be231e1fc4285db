package ai.mihu.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status (2xx) whose body the client cannot use: it is empty,
 * not JSON, not the documented {@code {success, message, data}} envelope, says
 * {@code "success": false}, or carries no {@code data}.
 *
 * <p>The request itself succeeded as far as HTTP is concerned, so for a create the agent may well
 * exist: the client never retries this.
 */
public class MalformedResponseException extends MihuException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status code of the response. */
    private final int statusCode;
    /** The start of the body, redacted. */
    private final String rawBody;

    /**
     * Creates an exception for an unusable success response.
     *
     * @param message what was wrong with the body, safe to log
     * @param statusCode the HTTP status code, such as 201
     * @param rawBody the start of the body as text, with secrets redacted; {@code null} means empty
     */
    public MalformedResponseException(String message, int statusCode, @Nullable String rawBody) {
        super(message);
        this.statusCode = statusCode;
        this.rawBody = rawBody == null ? "" : rawBody;
    }

    /**
     * The HTTP status code of the response.
     *
     * @return the status, such as 201
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The start of the response body as text, cut to a few KB, with secrets redacted.
     *
     * @return the body, or an empty string when there was none
     */
    public String rawBody() {
        return rawBody;
    }
}
