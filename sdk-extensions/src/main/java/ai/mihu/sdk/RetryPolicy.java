package ai.mihu.sdk;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures the client retries and how long it waits in between.
 *
 * <p>Creating an agent is not idempotent, so by default only failures where the server cannot
 * have acted on the request are retried: 429 (rate limited), 503 (overloaded or in maintenance),
 * and connection failures before the request was sent. Failures after sending (a read timeout, a
 * reset connection, a 500, 502 or 504) may have created the agent; they are retried only when
 * {@code retryAmbiguousFailures} is set.
 *
 * @param maxRetries how many times a request may be repeated after the first attempt
 * @param retryAmbiguousFailures whether to retry failures that may have been processed
 * @param initialBackoff the wait before the first retry when the server gives no
 *     {@code Retry-After}; doubled for each further retry
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest wait the client accepts from a {@code Retry-After} header
 */
record RetryPolicy(int maxRetries, boolean retryAmbiguousFailures, Duration initialBackoff, Duration maxBackoff,
                   Duration maxRetryAfter) {

    static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);
    static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /** Whether a response with this status is worth repeating. */
    boolean retriesStatus(int status) {
        return switch (status) {
            case 429, 503 -> true;
            case 500, 502, 504 -> retryAmbiguousFailures;
            default -> false;
        };
    }

    /** Whether a request that failed with this I/O error is worth repeating. */
    boolean retriesTransportFailure(IOException failure) {
        if (TransportFailures.isCancellation(failure)) {
            return false;
        }
        return TransportFailures.happenedBeforeSending(failure) || retryAmbiguousFailures;
    }

    /**
     * The wait before retry number {@code retry} (1 for the first) when the server did not say:
     * exponential, with "equal jitter" (half fixed, half random) so that clients that failed
     * together do not all come back at the same moment.
     */
    Duration backoff(int retry) {
        long cap = maxBackoff.toMillis();
        long exponential = initialBackoff.toMillis() << Math.min(retry - 1, 20);
        long delay = Math.min(cap, exponential < 0 ? cap : exponential);
        long half = delay / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(delay - half + 1));
    }

    /** The wait the server asked for, limited to {@link #maxRetryAfter()}; never negative. */
    Duration capRetryAfter(Duration requested) {
        if (requested.isNegative()) {
            return Duration.ZERO;
        }
        return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
    }
}
