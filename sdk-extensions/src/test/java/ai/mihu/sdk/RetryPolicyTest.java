package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.TOKEN;
import static ai.mihu.sdk.Fixtures.created;
import static ai.mihu.sdk.Fixtures.errorBody;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts the requests the fake receives to pin what is retried: only failures where the server
 * cannot have created the agent, unless the caller opts in to ambiguous ones.
 */
class RetryPolicyTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final String RATE_LIMITED = errorBody("Too many requests", "RATE_LIMIT_EXCEEDED", null, null);

    @Test
    void retriesA429WithRetryAfterZeroAndReturnsTheAgent() {
        failOnceThenSucceed(json(429, RATE_LIMITED).withHeader("Retry-After", "0"));

        try (MihuClient client = client(b -> b)) {
            assertThat(client.agents().create(Fixtures.validRequest()).getName())
                    .isEqualTo("Sales Agent");
        }
        assertRequests(2);
    }

    @Test
    void givesUpOnPersistent429AfterMaxRetriesWithRateLimitException() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "0")));

        try (MihuClient client = client(b -> b.maxRetries(2))) {
            RateLimitException e = catchThrowableOfType(
                    RateLimitException.class, () -> client.agents().create(Fixtures.validRequest()));
            assertThat(e.retryAfter()).contains(Duration.ZERO);
            assertThat(e.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        }
        assertRequests(3);
    }

    @Test
    void backsOffExponentiallyOn429WithoutRetryAfter() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED)));

        long started = System.nanoTime();
        try (MihuClient client =
                client(b -> b.maxRetries(2).retryBackoff(Duration.ofMillis(200), Duration.ofSeconds(1)))) {
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isInstanceOf(RateLimitException.class);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertRequests(3);
        // Equal jitter waits at least half of 200 ms, then half of 400 ms.
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(elapsed).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void zeroBackoffAndZeroMaxRetryAfterRetryAtOnce() {
        server.stubFor(post(AGENTS_PATH)
                .inScenario("instant")
                .whenScenarioStateIs(STARTED)
                .willReturn(json(429, RATE_LIMITED))
                .willSetStateTo("asked to wait"));
        server.stubFor(post(AGENTS_PATH)
                .inScenario("instant")
                .whenScenarioStateIs("asked to wait")
                .willReturn(json(503, RATE_LIMITED).withHeader("Retry-After", "30"))
                .willSetStateTo("recovered"));
        server.stubFor(post(AGENTS_PATH)
                .inScenario("instant")
                .whenScenarioStateIs("recovered")
                .willReturn(created()));

        long started = System.nanoTime();
        try (MihuClient client = client(
                b -> b.maxRetries(2).retryBackoff(Duration.ZERO, Duration.ZERO).maxRetryAfter(Duration.ZERO))) {
            assertThat(client.agents().create(Fixtures.validRequest()).getName())
                    .isEqualTo("Sales Agent");
        }

        assertRequests(3);
        // The default waits would be at least 250 ms of backoff plus the 30 s asked for.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void honoursRetryAfterGivenAsAnHttpDate() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        failOnceThenSucceed(json(429, RATE_LIMITED).withHeader("Retry-After", inTwoSeconds));

        long started = System.nanoTime();
        try (MihuClient client = client(b -> b.maxRetries(1))) {
            client.agents().create(Fixtures.validRequest());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertRequests(2);
        // HTTP dates have whole seconds, so "now + 2 s" means a wait of between 1 and 2 s.
        assertThat(elapsed).isBetween(Duration.ofMillis(900), Duration.ofMillis(3_500));
    }

    @Test
    void capsAnExcessiveRetryAfter() {
        failOnceThenSucceed(json(429, RATE_LIMITED).withHeader("Retry-After", "3600"));

        long started = System.nanoTime();
        try (MihuClient client = client(b -> b.maxRetryAfter(Duration.ofMillis(100)))) {
            client.agents().create(Fixtures.validRequest());
        }

        assertRequests(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void retries503ThenSucceeds() {
        failOnceThenSucceed(json(503, errorBody("Maintenance", "SERVICE_UNAVAILABLE", null, null)));

        try (MihuClient client = client(b -> b)) {
            assertThat(client.agents().create(Fixtures.validRequest()).getName())
                    .isEqualTo("Sales Agent");
        }
        assertRequests(2);
    }

    @Test
    void givesUpOnPersistent503WithServiceUnavailableException() {
        server.stubFor(post(AGENTS_PATH).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

        try (MihuClient client = client(b -> b.maxRetries(2))) {
            // Still an InternalServerException, so catches written for any 5xx keep working.
            InternalServerException e = catchThrowableOfType(
                    InternalServerException.class, () -> client.agents().create(Fixtures.validRequest()));
            assertThat(e).isExactlyInstanceOf(ServiceUnavailableException.class);
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(((ServiceUnavailableException) e).retryAfter()).contains(Duration.ZERO);
        }
        assertRequests(3);
    }

    @Test
    void retriesARefusedConnectionThenThrowsConnectionExceptionSayingNothingWasSent() {
        try (LogCapture logs = new LogCapture();
                MihuClient client = MihuClient.builder()
                        .baseUrl("http://127.0.0.1:" + Fixtures.closedPort())
                        .apiToken(TOKEN)
                        .maxRetries(2)
                        .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
                        .logLevel(LogLevel.BASIC)
                        .build()) {
            MihuConnectionException e = catchThrowableOfType(
                    MihuConnectionException.class, () -> client.agents().create(Fixtures.validRequest()));

            assertThat(e).isExactlyInstanceOf(MihuConnectionException.class);
            assertThat(e.requestMayHaveBeenProcessed()).isFalse();
            assertThat(e.getMessage())
                    .startsWith("Could not connect for POST http://127.0.0.1:")
                    .endsWith("the request was not sent");
            assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("---> POST "))
                    .hasSize(3);
        }
    }

    @Test
    void retriesAConnectTimeoutThenThrowsTimeoutExceptionSayingNothingWasSent() throws Exception {
        try (SaturatedListener listener = new SaturatedListener();
                LogCapture logs = new LogCapture();
                MihuClient client = MihuClient.builder()
                        .baseUrl("http://127.0.0.1:" + listener.port())
                        .apiToken(TOKEN)
                        .connectTimeout(Duration.ofMillis(150))
                        .maxRetries(2)
                        .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
                        .logLevel(LogLevel.BASIC)
                        .build()) {
            MihuTimeoutException e = catchThrowableOfType(
                    MihuTimeoutException.class, () -> client.agents().create(Fixtures.validRequest()));

            assertThat(e.requestMayHaveBeenProcessed()).isFalse();
            assertThat(e.getMessage())
                    .startsWith("Timed out connecting for POST")
                    .endsWith("the request was not sent");
            assertThat(logs.lines())
                    .filteredOn(line -> line.contains("---> POST "))
                    .hasSize(3);
        }
    }

    @Test
    void doesNotRetryAReadTimeoutBecauseTheAgentMayExist() {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withFixedDelay(1_500)));

        try (MihuClient client = client(b -> b.maxRetries(2).readTimeout(Duration.ofMillis(300)))) {
            MihuTimeoutException e = catchThrowableOfType(
                    MihuTimeoutException.class, () -> client.agents().create(Fixtures.validRequest()));
            assertThat(e.requestMayHaveBeenProcessed()).isTrue();
            assertThat(e.getMessage())
                    .startsWith("Timed out waiting for the response to POST http://127.0.0.1:")
                    .endsWith("the request may have been sent and processed");
            assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
        }
        assertRequests(1);
    }

    @Test
    void retriesAReadTimeoutWhenAmbiguousFailuresAreOptedIn() {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withFixedDelay(1_000)));

        try (MihuClient client =
                client(b -> b.maxRetries(1).readTimeout(Duration.ofMillis(200)).retryAmbiguousFailures(true))) {
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isInstanceOf(MihuTimeoutException.class);
        }
        assertRequests(2);
    }

    @Test
    void doesNotRetryAConnectionResetAfterSending() {
        server.stubFor(post(AGENTS_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (MihuClient client = client(b -> b.maxRetries(2))) {
            MihuConnectionException e = catchThrowableOfType(
                    MihuConnectionException.class, () -> client.agents().create(Fixtures.validRequest()));
            assertThat(e.requestMayHaveBeenProcessed()).isTrue();
            assertThat(e.getMessage()).startsWith("Connection failed during POST");
        }
        assertRequests(1);
    }

    @Test
    void doesNotSilentlyResendOnAPooledConnectionThatFails() {
        server.stubFor(post(AGENTS_PATH)
                .inScenario("pooled")
                .whenScenarioStateIs(STARTED)
                .willReturn(created())
                .willSetStateTo("broken"));
        server.stubFor(post(AGENTS_PATH)
                .inScenario("pooled")
                .whenScenarioStateIs("broken")
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        try (MihuClient client = client(b -> b.maxRetries(2))) {
            client.agents().create(Fixtures.validRequest());
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isInstanceOf(MihuConnectionException.class);
        }
        // One success, then exactly one attempt of the second create: neither OkHttp nor the
        // retryer may repeat a POST the server may have processed.
        assertRequests(2);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 504})
    void doesNotRetryAmbiguousServerErrorsByDefault(int status) {
        server.stubFor(post(AGENTS_PATH).willReturn(json(status, errorBody("Oops", "INTERNAL_ERROR", null, null))));

        try (MihuClient client = client(b -> b.maxRetries(2))) {
            InternalServerException e = catchThrowableOfType(
                    InternalServerException.class, () -> client.agents().create(Fixtures.validRequest()));
            assertThat(e.statusCode()).isEqualTo(status);
        }
        assertRequests(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 504})
    void retriesAmbiguousServerErrorsWhenOptedIn(int status) {
        server.stubFor(post(AGENTS_PATH).willReturn(json(status, errorBody("Oops", "INTERNAL_ERROR", null, null))));

        try (MihuClient client = client(b -> b.maxRetries(2).retryAmbiguousFailures(true))) {
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isExactlyInstanceOf(InternalServerException.class);
        }
        assertRequests(3);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 418})
    void neverRetriesClientErrorsEvenWithRetryAfter(int status) {
        server.stubFor(post(AGENTS_PATH)
                .willReturn(json(status, errorBody("No", "NOPE", null, null)).withHeader("Retry-After", "0")));

        try (MihuClient client = client(b -> b.maxRetries(2).retryAmbiguousFailures(true))) {
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isInstanceOf(MihuApiException.class);
        }
        assertRequests(1);
    }

    @Test
    void maxRetriesZeroSendsOnce() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "0")));

        try (MihuClient client = client(b -> b.maxRetries(0))) {
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isInstanceOf(RateLimitException.class);
        }
        assertRequests(1);
    }

    @Test
    void retriedRequestsCarryExactlyOneAuthorizationHeader() {
        failOnceThenSucceed(json(429, RATE_LIMITED).withHeader("Retry-After", "0"));

        try (MihuClient client = client(b -> b)) {
            client.agents().create(Fixtures.validRequest());
        }

        for (LoggedRequest request : server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH)))) {
            assertThat(request.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer " + TOKEN);
            assertThat(request.getHeaders().getHeader("User-Agent").values()).hasSize(1);
        }
        assertRequests(2);
    }

    @Test
    void authenticationFailureIsThrownAsIs() {
        server.stubFor(
                post(AGENTS_PATH).willReturn(json(401, errorBody("Bad token", "INVALID_AUTH_TOKEN", null, null))));

        try (MihuClient client = client(b -> b)) {
            assertThat(catchThrowable(() -> client.agents().create(Fixtures.validRequest())))
                    .isExactlyInstanceOf(AuthenticationException.class);
        }
        assertRequests(1);
    }

    private static MihuClient client(UnaryOperator<MihuClient.Builder> customise) {
        return customise.apply(Fixtures.clientFor(server.getPort())).build();
    }

    private static void failOnceThenSucceed(ResponseDefinitionBuilder failure) {
        server.stubFor(post(AGENTS_PATH)
                .inScenario("retry")
                .whenScenarioStateIs(STARTED)
                .willReturn(failure)
                .willSetStateTo("recovered"));
        server.stubFor(post(AGENTS_PATH)
                .inScenario("retry")
                .whenScenarioStateIs("recovered")
                .willReturn(created()));
    }

    private static void assertRequests(int expected) {
        server.verify(expected, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }
}
