package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.errors.FailedResponse;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.RateLimitException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyUnitTest {

    private static final long PLENTY_OF_TIME = Duration.ofMinutes(3).toNanos();
    private static final Clock CLOCK = Clock.systemUTC();

    private final RetryPolicy safe =
            new RetryPolicy(2, false, Duration.ofMillis(100), Duration.ofMillis(1_000), Duration.ofSeconds(60));
    private final RetryPolicy ambiguous =
            new RetryPolicy(2, true, Duration.ofMillis(100), Duration.ofMillis(1_000), Duration.ofSeconds(60));

    @Test
    void retriesOnly429And503OfANonIdempotentOperationByDefault() {
        assertThat(safe.retriesStatus(429, Idempotency.NOT_IDEMPOTENT)).isTrue();
        assertThat(safe.retriesStatus(503, Idempotency.NOT_IDEMPOTENT)).isTrue();
        for (int status : new int[] {400, 401, 403, 404, 408, 409, 418, 422, 500, 501, 502, 504}) {
            assertThat(safe.retriesStatus(status, Idempotency.NOT_IDEMPOTENT))
                    .as("status %s", status)
                    .isFalse();
        }
    }

    @Test
    void retriesAmbiguousServerErrorsOnlyWhenOptedInOrIdempotent() {
        assertThat(ambiguous.retriesStatus(500, Idempotency.NOT_IDEMPOTENT)).isTrue();
        assertThat(ambiguous.retriesStatus(502, Idempotency.NOT_IDEMPOTENT)).isTrue();
        assertThat(ambiguous.retriesStatus(504, Idempotency.NOT_IDEMPOTENT)).isTrue();
        assertThat(ambiguous.retriesStatus(501, Idempotency.NOT_IDEMPOTENT)).isFalse();
        assertThat(ambiguous.retriesStatus(422, Idempotency.NOT_IDEMPOTENT)).isFalse();
        for (Idempotency repeatable : new Idempotency[] {Idempotency.IDEMPOTENT, Idempotency.DELETE}) {
            assertThat(safe.retriesStatus(500, repeatable)).isTrue();
            assertThat(safe.retriesStatus(504, repeatable)).isTrue();
            assertThat(safe.retriesStatus(409, repeatable)).isFalse();
            assertThat(safe.retriesStatus(404, repeatable)).isFalse();
        }
    }

    @Test
    void retriesTransportFailuresBeforeSendingOnlyForANonIdempotentOperation() {
        Idempotency post = Idempotency.NOT_IDEMPOTENT;
        assertThat(safe.retriesTransportFailure(new ConnectException("Failed to connect"), post))
                .isTrue();
        assertThat(safe.retriesTransportFailure(new UnknownHostException("acme.mihu.ai"), post))
                .isTrue();
        assertThat(safe.retriesTransportFailure(new SocketTimeoutException("Connect timed out"), post))
                .isTrue();
        assertThat(safe.retriesTransportFailure(new SocketTimeoutException("timeout"), post))
                .isFalse();
        assertThat(safe.retriesTransportFailure(new SocketException("Connection reset"), post))
                .isFalse();
        assertThat(ambiguous.retriesTransportFailure(new SocketTimeoutException("timeout"), post))
                .isTrue();
        assertThat(ambiguous.retriesTransportFailure(new SocketException("Connection reset"), post))
                .isTrue();
        assertThat(safe.retriesTransportFailure(new SocketTimeoutException("timeout"), Idempotency.IDEMPOTENT))
                .isTrue();
        assertThat(safe.retriesTransportFailure(new SocketException("Connection reset"), Idempotency.DELETE))
                .isTrue();
    }

    @Test
    void neverRetriesACancelledCall() {
        assertThat(ambiguous.retriesTransportFailure(new IOException("Canceled"), Idempotency.IDEMPOTENT))
                .isFalse();
        assertThat(ambiguous.retriesTransportFailure(new InterruptedIOException("interrupted"), Idempotency.IDEMPOTENT))
                .isFalse();
    }

    @Test
    void neverRetriesAnUnusableSuccessOrAnInvalidRequest() {
        assertThat(ambiguous.retries(new MalformedResponseException("bad", 201, ""), Idempotency.IDEMPOTENT))
                .isFalse();
        assertThat(ambiguous.retries(new MihuException("nothing sent"), Idempotency.IDEMPOTENT))
                .isFalse();
    }

    @Test
    void retryDelayUsesRetryAfterOfA429AndOfA503() {
        RateLimitException limited = new RateLimitException("429", failed(429, Map.of()), Duration.ofSeconds(2));
        MihuApiException unavailable = new MihuApiException("503", failed(503, Map.of("Retry-After", List.of("3"))));

        assertThat(safe.retryDelay(limited, Idempotency.NOT_IDEMPOTENT, 0, 2, PLENTY_OF_TIME, CLOCK))
                .contains(Duration.ofSeconds(2));
        assertThat(safe.retryDelay(unavailable, Idempotency.NOT_IDEMPOTENT, 0, 2, PLENTY_OF_TIME, CLOCK))
                .contains(Duration.ofSeconds(3));
    }

    @Test
    void retryDelayGivesUpWhenRetriesAreUsedUpOrTheWaitWouldPassTheDeadline() {
        RateLimitException limited = new RateLimitException("429", failed(429, Map.of()), Duration.ofSeconds(2));

        assertThat(safe.retryDelay(limited, Idempotency.NOT_IDEMPOTENT, 2, 2, PLENTY_OF_TIME, CLOCK))
                .isEmpty();
        assertThat(safe.retryDelay(limited, Idempotency.NOT_IDEMPOTENT, 0, 0, PLENTY_OF_TIME, CLOCK))
                .isEmpty();
        assertThat(safe.retryDelay(
                        limited,
                        Idempotency.NOT_IDEMPOTENT,
                        0,
                        2,
                        Duration.ofSeconds(1).toNanos(),
                        CLOCK))
                .isEmpty();
    }

    @Test
    void retryDelayFollowsTheOperationsIdempotency() {
        InternalServerException gateway = new InternalServerException("502", failed(502, Map.of()));

        assertThat(safe.retryDelay(gateway, Idempotency.NOT_IDEMPOTENT, 0, 2, PLENTY_OF_TIME, CLOCK))
                .isEmpty();
        assertThat(safe.retryDelay(gateway, Idempotency.IDEMPOTENT, 0, 2, PLENTY_OF_TIME, CLOCK))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofMillis(50), Duration.ofMillis(100)));
    }

    @RepeatedTest(20)
    void backoffDoublesWithEqualJitterUpToTheCap() {
        assertThat(safe.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(safe.backoff(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(safe.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(safe.backoff(10)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1_000));
        assertThat(safe.backoff(500)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1_000));
    }

    @Test
    void capsRetryAfterAndNeverWaitsANegativeTime() {
        assertThat(safe.capRetryAfter(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
        assertThat(safe.capRetryAfter(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(safe.capRetryAfter(Duration.ofMillis(-30))).isEqualTo(Duration.ZERO);
    }

    private static FailedResponse failed(int status, Map<String, List<String>> headers) {
        return new FailedResponse(status, null, null, null, null, headers, "");
    }
}
