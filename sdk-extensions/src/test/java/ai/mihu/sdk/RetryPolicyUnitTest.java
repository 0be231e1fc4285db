package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyUnitTest {

    private final RetryPolicy safe = new RetryPolicy(2, false, Duration.ofMillis(100), Duration.ofMillis(1_000),
            Duration.ofSeconds(60));
    private final RetryPolicy ambiguous = new RetryPolicy(2, true, Duration.ofMillis(100), Duration.ofMillis(1_000),
            Duration.ofSeconds(60));

    @Test
    void retriesOnly429And503ByDefault() {
        assertThat(safe.retriesStatus(429)).isTrue();
        assertThat(safe.retriesStatus(503)).isTrue();
        for (int status : new int[] {400, 401, 403, 404, 408, 409, 418, 422, 500, 501, 502, 504}) {
            assertThat(safe.retriesStatus(status)).as("status %s", status).isFalse();
        }
    }

    @Test
    void retriesAmbiguousServerErrorsOnlyWhenOptedIn() {
        assertThat(ambiguous.retriesStatus(500)).isTrue();
        assertThat(ambiguous.retriesStatus(502)).isTrue();
        assertThat(ambiguous.retriesStatus(504)).isTrue();
        assertThat(ambiguous.retriesStatus(501)).isFalse();
        assertThat(ambiguous.retriesStatus(422)).isFalse();
    }

    @Test
    void retriesTransportFailuresBeforeSendingOnly() {
        assertThat(safe.retriesTransportFailure(new ConnectException("Failed to connect"))).isTrue();
        assertThat(safe.retriesTransportFailure(new UnknownHostException("acme.mihu.ai"))).isTrue();
        assertThat(safe.retriesTransportFailure(new SocketTimeoutException("Connect timed out"))).isTrue();
        assertThat(safe.retriesTransportFailure(new SocketTimeoutException("timeout"))).isFalse();
        assertThat(safe.retriesTransportFailure(new SocketException("Connection reset"))).isFalse();
        assertThat(ambiguous.retriesTransportFailure(new SocketTimeoutException("timeout"))).isTrue();
        assertThat(ambiguous.retriesTransportFailure(new SocketException("Connection reset"))).isTrue();
    }

    @Test
    void neverRetriesACancelledCall() {
        assertThat(ambiguous.retriesTransportFailure(new IOException("Canceled"))).isFalse();
        assertThat(ambiguous.retriesTransportFailure(new InterruptedIOException("interrupted"))).isFalse();
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
}
