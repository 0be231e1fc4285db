package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.created;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code client.async()}: the same requests, retries and typed exceptions as the synchronous calls. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AsyncCallTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final String RATE_LIMITED =
            Fixtures.errorBody("Too many requests", "RATE_LIMIT_EXCEEDED", null, null);

    @Test
    void createsAnAgentWithoutBlockingAndReportsTheCall() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            Agent agent =
                    client.async().agents().create(Fixtures.validRequest()).get(10, TimeUnit.SECONDS);
            MihuResponse<Agent> response = client.async()
                    .agents()
                    .createWithResponse(Fixtures.validRequest())
                    .get(10, TimeUnit.SECONDS);

            assertThat(agent.getAgentUuid()).hasToString(Fixtures.AGENT_UUID);
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.message()).isEqualTo("Agent created successfully");
            assertThat(response.attempts()).isEqualTo(1);
            assertThat(response.elapsed()).isPositive();
        }
        server.verify(2, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    @Test
    void retriesA429AsTheSynchronousCallDoes() throws Exception {
        server.stubFor(post(AGENTS_PATH)
                .inScenario("429")
                .whenScenarioStateIs(STARTED)
                .willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        server.stubFor(
                post(AGENTS_PATH).inScenario("429").whenScenarioStateIs("ok").willReturn(created()));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            MihuResponse<Agent> response = client.async()
                    .agents()
                    .createWithResponse(Fixtures.validRequest())
                    .get(10, TimeUnit.SECONDS);

            assertThat(response.attempts()).isEqualTo(2);
        }
        server.verify(2, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    @Test
    void givesUpOnPersistent429WithTheTypedExceptionInsideCompletionException() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "0")));
        try (MihuClient client =
                Fixtures.clientFor(server.getPort()).maxRetries(2).build()) {
            Throwable e = catchThrowable(() ->
                    client.async().agents().create(Fixtures.validRequest()).join());

            assertThat(e).isInstanceOf(CompletionException.class).cause().isInstanceOf(RateLimitException.class);
            assertThat(((MihuException) e.getCause()).attempts()).isEqualTo(3);
        }
        server.verify(3, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    @Test
    void doesNotRetryA500OfACreate() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(500, "")));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            Throwable e = catchThrowable(() ->
                    client.async().agents().create(Fixtures.validRequest()).join());

            assertThat(e.getCause()).isInstanceOf(InternalServerException.class);
        }
        server.verify(1, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    @Test
    void retriesARefusedConnectionAndGivesUpWithTheTypedException() {
        try (MihuClient client = MihuClient.builder()
                .baseUrl("http://127.0.0.1:" + Fixtures.closedPort())
                .apiToken(Fixtures.TOKEN)
                .maxRetries(2)
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
                .build()) {
            Throwable e = catchThrowable(() ->
                    client.async().agents().create(Fixtures.validRequest()).join());

            assertThat(e.getCause()).isInstanceOf(MihuConnectionException.class);
            assertThat(((MihuConnectionException) e.getCause()).requestMayHaveBeenProcessed())
                    .isFalse();
            assertThat(((MihuException) e.getCause()).attempts()).isEqualTo(3);
        }
    }

    @Test
    void anInvalidRequestFailsTheFutureAndSendsNothing() {
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            CompletableFuture<Agent> future = client.async().agents().create(new CreateAgentRequest().name(" "));
            Throwable e = catchThrowable(future::join);

            assertThat(e.getCause()).isInstanceOf(InvalidRequestException.class);
            assertThat(((MihuException) e.getCause()).attempts()).isZero();
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withFixedDelay(10_000)));
        try (MihuClient client = Fixtures.clientFor(server.getPort())
                .readTimeout(Duration.ofSeconds(30))
                .build()) {
            CompletableFuture<Agent> future = client.async().agents().create(Fixtures.validRequest());
            waitUntil(() -> client.httpClient().dispatcher().runningCallsCount() == 1);
            // Received before it is cancelled, so that it cannot reach the server during the next test.
            waitUntil(() ->
                    server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH))).size() == 1);

            assertThat(future.cancel(true)).isTrue();

            waitUntil(() -> client.httpClient().dispatcher().runningCallsCount() == 0);
            assertThat(catchThrowable(future::join)).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void cancellingDuringARetryWaitStopsTheRetry() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "2")));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            CompletableFuture<Agent> future = client.async().agents().create(Fixtures.validRequest());
            waitUntil(() ->
                    server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH))).size() == 1);
            Thread.sleep(200);

            future.cancel(false);
            Thread.sleep(2_500);
        }
        server.verify(1, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    @Test
    void closingTheRootClientFailsCallsInFlight() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withFixedDelay(10_000)));
        MihuClient client = Fixtures.clientFor(server.getPort())
                .readTimeout(Duration.ofSeconds(30))
                .build();
        CompletableFuture<Agent> future = client.forTenant("acme", "sk_other_tenant_123456")
                .forBaseUrl("http://127.0.0.1:" + server.getPort(), "sk_other_tenant_123456")
                .async()
                .agents()
                .create(Fixtures.validRequest());
        waitUntil(() -> client.httpClient().dispatcher().runningCallsCount() == 1);
        // Received before the client closes, so that it cannot reach the server during the next test.
        waitUntil(
                () -> server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH))).size() == 1);

        client.close();

        Throwable e = catchThrowable(() -> future.get(2, TimeUnit.SECONDS));
        assertThat(e.getCause()).isInstanceOf(MihuConnectionException.class).hasMessageContaining("closed");
        assertThat(catchThrowable(() -> client.async()
                                .agents()
                                .create(Fixtures.validRequest())
                                .join())
                        .getCause())
                .isInstanceOf(IllegalStateException.class);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 250 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 5 s").isTrue();
    }
}
