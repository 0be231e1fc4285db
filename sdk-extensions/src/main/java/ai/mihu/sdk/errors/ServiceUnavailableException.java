package ai.mihu.sdk.errors;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service is temporarily unavailable (HTTP 503): overloaded or in maintenance. The request was
 * not processed, so no agent was created, and the same request may be sent again later.
 *
 * <p>The client already retried, waiting as the server asked, before throwing this: it is thrown
 * once the retries allowed by {@code maxRetries} are used up (at once with {@code maxRetries(0)}).
 * {@link #retryAfter()} says how long the server last asked to wait, when it said so.
 *
 * <p>It is an {@link InternalServerException}, as every 5xx is, so code that catches that keeps
 * catching 503s.
 */
public class ServiceUnavailableException extends InternalServerException {

    private static final long serialVersionUID = 1L;

    /** The wait the server asked for, or {@code null}. */
    private final @Nullable Duration retryAfter;

    /**
     * Creates an exception for a 503 response.
     *
     * @param message what went wrong, safe to log
     * @param response what the server answered
     * @param retryAfter how long the server asked to wait, or {@code null} if it did not say
     */
    public ServiceUnavailableException(String message, FailedResponse response, @Nullable Duration retryAfter) {
        super(message, response);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait before trying again, from its {@code Retry-After} header
     * (given in seconds or as an HTTP date).
     *
     * @return the wait, or empty when the header was absent or unreadable
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
