package ai.mihu.sdk;

import static ai.mihu.sdk.MisbehavingServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.errors.RateLimitException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A call ends by its deadline however the server behaves: the deadline covers every attempt, the
 * reading of the body and the waits between retries. Servers here misbehave on purpose.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeadlineTest {

    private static final String CREATED_HEAD =
            "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n" + "Content-Length: 100000\r\n\r\n";
    private static final int MAX_TRICKLES = 120;

    /** Headers, then one byte of body every half second, for up to a minute. */
    private static void trickleBody(java.io.OutputStream out) throws java.io.IOException, InterruptedException {
        write(out, CREATED_HEAD + "{");
        for (int i = 0; i < MAX_TRICKLES; i++) {
            Thread.sleep(500);
            write(out, " ");
        }
    }

    @Test
    void aTrickledBodyEndsAtTheDeadlineDespiteAReadTimeoutThatNeverFires() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(DeadlineTest::trickleBody);
                MihuClient client =
                        client(server).timeout(Duration.ofSeconds(3)).build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(e)
                    .isInstanceOf(MihuTimeoutException.class)
                    .hasMessageContaining("did not complete within its timeout of 3 s");
            assertThat(((MihuTimeoutException) e).requestMayHaveBeenProcessed()).isTrue();
            assertThat(took).isBetween(Duration.ofMillis(2_900), Duration.ofMillis(5_000));
            assertThat(((MihuException) e).attempts()).isEqualTo(1);
            assertThat(((MihuException) e).elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(2_900));
        }
    }

    @Test
    void anAsyncTrickledBodyEndsAtTheDeadlineWithTheSameException() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(DeadlineTest::trickleBody);
                MihuClient client =
                        client(server).timeout(Duration.ofSeconds(3)).build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() ->
                    client.async().agents().create(Fixtures.validRequest()).join());

            assertThat(e).isInstanceOf(CompletionException.class).cause().isInstanceOf(MihuTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(Duration.ofMillis(2_900), Duration.ofMillis(5_000));
        }
    }

    @Test
    void headersThatNeverFinishEndAtTheDeadline() throws Exception {
        MisbehavingServer.Script endlessHeaders = out -> {
            write(out, "HTTP/1.1 201 Created\r\n");
            for (int i = 0; i < MAX_TRICKLES; i++) {
                Thread.sleep(500);
                write(out, "X-Slow-" + i + ": still going\r\n");
            }
        };
        try (MisbehavingServer server = new MisbehavingServer(endlessHeaders);
                MihuClient client =
                        client(server).timeout(Duration.ofSeconds(3)).build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.agents().createWithResponse(Fixtures.validRequest()));

            assertThat(e).isInstanceOf(MihuTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(Duration.ofMillis(2_900), Duration.ofMillis(5_000));
        }
    }

    @Test
    void aStallMidBodyEndsWithTheReadTimeoutBeforeTheDeadline() throws Exception {
        MisbehavingServer.Script stall = out -> {
            write(out, CREATED_HEAD + "{\"success\": true, \"da");
            Thread.sleep(30_000);
        };
        try (MisbehavingServer server = new MisbehavingServer(stall);
                MihuClient client =
                        client(server).timeout(Duration.ofSeconds(20)).build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

            assertThat(e).isInstanceOf(MihuTimeoutException.class).hasMessageContaining("Timed out waiting");
            assertThat(((MihuTimeoutException) e).requestMayHaveBeenProcessed()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(Duration.ofMillis(1_900), Duration.ofMillis(5_000));
            // A read timeout after sending a create is ambiguous: not retried.
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aPerCallTimeoutOverridesTheClientsOwn() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer(DeadlineTest::trickleBody);
                MihuClient client =
                        client(server).timeout(Duration.ofSeconds(50)).build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.withOptions(o -> o.timeout(Duration.ofMillis(1_200)))
                    .agents()
                    .create(Fixtures.validRequest()));

            assertThat(e).isInstanceOf(MihuTimeoutException.class).hasMessageContaining("1200 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(Duration.ofMillis(1_100), Duration.ofMillis(3_500));
        }
    }

    @Test
    void aRetryAfterLongerThanTheTimeLeftEndsTheCallAtOnceWithTheServersAnswer() throws Exception {
        MisbehavingServer.Script limited = out -> write(
                out,
                "HTTP/1.1 429 Too Many Requests\r\n"
                        + "Retry-After: 30\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        try (MisbehavingServer server = new MisbehavingServer(limited);
                MihuClient client = client(server)
                        .timeout(Duration.ofSeconds(5))
                        .maxRetries(3)
                        .build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));

            assertThat(e).isInstanceOf(RateLimitException.class);
            assertThat(((RateLimitException) e).attempts()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void retryWaitsCountAgainstTheDeadline() throws Exception {
        MisbehavingServer.Script unavailable = out -> write(
                out,
                "HTTP/1.1 503 Service Unavailable\r\n"
                        + "Retry-After: 1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        try (MisbehavingServer server = new MisbehavingServer(unavailable);
                MihuClient client = client(server)
                        .timeout(Duration.ofMillis(2_500))
                        .maxRetries(10)
                        .build()) {
            long started = System.nanoTime();
            Throwable e = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // Attempts at about 0, 1 and 2 s; a third wait of 1 s would pass the deadline.
            assertThat(e).isInstanceOf(InternalServerException.class);
            assertThat(((InternalServerException) e).attempts()).isEqualTo(3);
            assertThat(server.requests()).isEqualTo(3);
            assertThat(took).isBetween(Duration.ofMillis(1_900), Duration.ofMillis(2_500));
        }
    }

    private static MihuClient.Builder client(MisbehavingServer server) {
        return MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(Fixtures.TOKEN)
                .readTimeout(Duration.ofSeconds(2))
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(40));
    }
}
