package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.RateLimitException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures the client retries and how long it waits in between: the one place that decides,
 * for synchronous and asynchronous calls alike ({@link CallPath} asks {@link #retryDelay}).
 *
 * <p>Failures where the server cannot have acted on the request are retried for every operation:
 * 429 (rate limited), 503 (overloaded or in maintenance), and connection failures before the
 * request was sent. Failures after sending (a read timeout, a reset connection, a 500, 502 or 504)
 * are <em>ambiguous</em>: they are retried only for operations whose {@link Idempotency} makes a
 * repeat harmless, or for every operation when {@code retryAmbiguousFailures} is set. A wait
 * that would pass the call's deadline is not started: the call gives up at once.
 *
 * @param maxRetries how many times a request may be repeated after the first attempt, unless a
 *     view's options say otherwise
 * @param retryAmbiguousFailures whether to retry ambiguous failures of every operation
 * @param initialBackoff the wait before the first retry when the server gives no
 *     {@code Retry-After}; doubled for each further retry
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest wait the client accepts from a {@code Retry-After} header
 */
record RetryPolicy(
        int maxRetries,
        boolean retryAmbiguousFailures,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter) {

    static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);
    static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    /**
     * How long to wait before repeating a call that failed, or empty to give up and throw
     * {@code failure}.
     *
     * @param failure the typed failure of the last attempt
     * @param idempotency what repeating the operation does
     * @param retriesDone how many retries the call has already made
     * @param maxRetries the most retries the call may make (the view's, or {@link #maxRetries()})
     * @param remainingNanos the time left before the call's deadline
     * @param clock the clock a {@code Retry-After} date is read against
     * @return the wait, or empty to give up
     */
    Optional<Duration> retryDelay(
            MihuException failure,
            Idempotency idempotency,
            int retriesDone,
            int maxRetries,
            long remainingNanos,
            Clock clock) {
        if (retriesDone >= maxRetries || !retries(failure, idempotency)) {
            return Optional.empty();
        }
        Duration wait =
                requestedWait(failure, clock).map(this::capRetryAfter).orElseGet(() -> backoff(retriesDone + 1));
        // Waiting past the deadline would only end in a timeout: the caller gets the real failure now.
        return wait.toNanos() < remainingNanos ? Optional.of(wait) : Optional.empty();
    }

    /** Whether this failure of this operation is worth repeating at all. */
    boolean retries(MihuException failure, Idempotency idempotency) {
        if (failure instanceof MihuApiException api) {
            return retriesStatus(api.statusCode(), idempotency);
        }
        if (failure instanceof MihuConnectionException && failure.getCause() instanceof IOException io) {
            return retriesTransportFailure(io, idempotency);
        }
        // Invalid requests, unusable 2xx answers, deadlines passed, cancelled calls.
        return false;
    }

    /** Whether a response with this status is worth repeating for such an operation. */
    boolean retriesStatus(int status, Idempotency idempotency) {
        return switch (status) {
            case 429, 503 -> true;
            case 500, 502, 504 -> retriesAmbiguous(idempotency);
            default -> false;
        };
    }

    /** Whether a request that failed with this I/O error is worth repeating for such an operation. */
    boolean retriesTransportFailure(IOException failure, Idempotency idempotency) {
        if (TransportFailures.isCancellation(failure)) {
            return false;
        }
        return TransportFailures.happenedBeforeSending(failure) || retriesAmbiguous(idempotency);
    }

    private boolean retriesAmbiguous(Idempotency idempotency) {
        return retryAmbiguousFailures || idempotency.ambiguousFailuresRetried();
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

    /** The wait a 429 or 503 asked for in its {@code Retry-After} header, if any. */
    private static Optional<Duration> requestedWait(MihuException failure, Clock clock) {
        if (failure instanceof RateLimitException limited) {
            return limited.retryAfter();
        }
        if (failure instanceof MihuApiException api) {
            return RetryAfter.parse(api.response().header(RetryAfter.HEADER).orElse(null), clock);
        }
        return Optional.empty();
    }
}
