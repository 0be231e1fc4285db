package ai.mihu.sdk;

import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's retry policy in Feign's {@link Retryer} seam, replacing {@code Retryer.Default}, which
 * would repeat a POST after any I/O error.
 *
 * <p>Feign hands this class every {@link RetryableException}: those the
 * {@link ErrorResponseDecoder} made for retryable statuses (their cause is the typed
 * {@code MihuApiException}) and those Feign makes itself for every I/O error (their cause is the
 * {@link IOException}). It retries only what {@link RetryPolicy} allows, waiting as the server
 * asked in {@code Retry-After} (capped) or with exponential backoff and jitter. When it stops, it
 * throws the SDK's typed exception itself, so the caller never sees a Feign exception.
 *
 * <p>Feign clones the retryer for every call, so the attempt count is per call.
 */
final class SafeRetryer implements Retryer {

    private static final Logger LOG = LoggerFactory.getLogger("ai.mihu.sdk.retry");

    private final RetryPolicy policy;
    private final Clock clock;
    private int retries;

    SafeRetryer(RetryPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void continueOrPropagate(RetryableException failure) {
        MihuException typed = typedException(failure);
        if (!isRetryable(failure) || retries >= policy.maxRetries() || Thread.currentThread().isInterrupted()) {
            throw typed;
        }
        retries++;
        Duration wait = waitBeforeRetry(failure);
        LOG.debug("Retrying ({} of {}) in {} ms after: {}", retries, policy.maxRetries(), wait.toMillis(),
                typed.getMessage());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw typed;
        }
    }

    @Override
    public Retryer clone() {
        return new SafeRetryer(policy, clock);
    }

    private boolean isRetryable(RetryableException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof IOException io) {
            return policy.retriesTransportFailure(io);
        }
        // The error decoder wraps a typed API exception only for statuses the policy retries.
        return cause instanceof MihuException;
    }

    private Duration waitBeforeRetry(RetryableException failure) {
        Long retryAt = failure.retryAfter();
        if (retryAt != null) {
            return policy.capRetryAfter(Duration.ofMillis(retryAt - clock.millis()));
        }
        return policy.backoff(retries);
    }

    /** The exception the caller gets if this failure is not retried. */
    private static MihuException typedException(RetryableException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof MihuException typed) {
            return typed;
        }
        Request request = failure.request();
        String method = request == null ? "request" : request.httpMethod().name();
        String url = request == null ? "" : request.url();
        if (cause instanceof IOException io) {
            return TransportFailures.toException(io, method, url);
        }
        // Not produced by Feign or this SDK today; kept typed in case a future Feign does.
        return new MihuConnectionException(method + " " + url + " failed: " + failure.getClass().getSimpleName(),
                failure, true);
    }
}
