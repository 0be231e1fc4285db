package ai.mihu.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The request could not be completed because of a network failure: the host could not be
 * resolved or reached, the connection was refused or reset, or reading the response failed.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} tells the two cases apart that matter for a request
 * that is not idempotent, such as creating an agent: a failure while connecting means nothing was
 * sent (the client retries those on its own), while a failure after the request was sent leaves
 * it unknown whether the server acted on it.
 */
public class MihuConnectionException extends MihuException {

    private static final long serialVersionUID = 1L;

    /** Whether the failure happened after the request may have been sent. */
    private final boolean requestMayHaveBeenProcessed;

    /**
     * Creates an exception for a network failure.
     *
     * @param message what went wrong, safe to log
     * @param cause the underlying I/O failure
     * @param requestMayHaveBeenProcessed {@code false} when the failure happened before any byte
     *     of the request was sent
     */
    public MihuConnectionException(String message, @Nullable Throwable cause, boolean requestMayHaveBeenProcessed) {
        super(message, cause);
        this.requestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
    }

    /**
     * Whether the server may have received and acted on the request.
     *
     * @return {@code false} when the failure happened while connecting, before the request was
     *     sent; {@code true} when it happened later, so that, for a create, an agent may exist
     */
    public boolean requestMayHaveBeenProcessed() {
        return requestMayHaveBeenProcessed;
    }
}
