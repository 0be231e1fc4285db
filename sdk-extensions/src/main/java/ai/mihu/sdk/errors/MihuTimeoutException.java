package ai.mihu.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A connect or read timeout expired.
 *
 * <p>A connect timeout means nothing was sent; a read timeout means the request was sent and the
 * server may have acted on it ({@link #requestMayHaveBeenProcessed()} tells which). The client
 * retries only the former, unless asked to with {@code retryAmbiguousFailures(true)}.
 */
public class MihuTimeoutException extends MihuConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for an expired timeout.
     *
     * @param message what went wrong, safe to log
     * @param cause the underlying timeout
     * @param requestMayHaveBeenProcessed {@code false} for a connect timeout
     */
    public MihuTimeoutException(String message, @Nullable Throwable cause, boolean requestMayHaveBeenProcessed) {
        super(message, cause, requestMayHaveBeenProcessed);
    }
}
