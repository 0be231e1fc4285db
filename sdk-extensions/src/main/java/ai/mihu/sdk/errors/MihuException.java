package ai.mihu.sdk.errors;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception the Mihu SDK throws.
 *
 * <p>All SDK exceptions are unchecked, so callers catch only what they can handle: a specific
 * subclass such as {@link InvalidRequestException} or {@code RateLimitException}, or this type
 * to handle every SDK failure in one place. Messages never contain the API token or other
 * secrets.
 *
 * <p>An exception that ends a call also tells how the call went: {@link #attempts()} and
 * {@link #elapsed()}.
 */
public class MihuException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many HTTP attempts the call made; 0 until the call records it, or if nothing was sent. */
    private int attempts;
    /** The call's total duration, or {@code null} until the call records it. */
    private @Nullable Duration elapsed;

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
    public MihuException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * How many HTTP requests the call that failed sent or tried to send: 1 without retries, more
     * when it was retried, 0 when nothing was sent (an invalid request, or an exception not
     * thrown by a call).
     *
     * @return the number of attempts
     */
    public int attempts() {
        return attempts;
    }

    /**
     * How long the call that failed took in total, every attempt and retry wait included.
     *
     * @return the duration, or {@link Duration#ZERO} for an exception not thrown by a call
     */
    public Duration elapsed() {
        return elapsed == null ? Duration.ZERO : elapsed;
    }

    /**
     * Records how the call that ends with this exception went. The SDK's call path calls it once,
     * as the exception leaves the call; later calls change nothing, so the figures stay those of
     * the call that first threw it.
     *
     * @param attempts how many HTTP requests were sent or tried
     * @param elapsed how long the call took in total
     */
    public void recordCall(int attempts, Duration elapsed) {
        if (this.elapsed == null && elapsed != null) {
            this.attempts = attempts;
            this.elapsed = elapsed;
        }
    }
}
