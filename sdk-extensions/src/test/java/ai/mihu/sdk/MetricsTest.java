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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.errors.BadRequestException;
import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code MihuClient.builder().meterRegistry(...)}: one {@code mihu.client.requests} sample per call
 * with the operation, the HTTP status and the outcome, and one {@code mihu.client.retries}
 * increment per retry with its reason, for synchronous and asynchronous calls alike.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MetricsTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final String RATE_LIMITED =
            Fixtures.errorBody("Too many requests", "RATE_LIMIT_EXCEEDED", null, null);
    private static final String UNAVAILABLE = Fixtures.errorBody("Maintenance", "SERVICE_UNAVAILABLE", null, null);
    private static final String BAD_REQUEST = Fixtures.errorBody("Name is required", "VALIDATION_ERROR", null, "name");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void timesASuccessfulCreateWithItsOperationStatusAndOutcome() {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        try (MihuClient client = metered().build()) {
            client.agents().create(Fixtures.validRequest());
        }

        Timer timer = onlyTimer();
        assertThat(tags(timer)).isEqualTo(Map.of("operation", "createAgent", "status", "201", "outcome", "success"));
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.find(MicrometerCallObserver.RETRIES).counters()).isEmpty();
    }

    @Test
    void recordsAnApiErrorAsAClientErrorWithItsStatus() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(400, BAD_REQUEST)));
        try (MihuClient client = metered().build()) {
            assertThatThrownBy(() -> client.agents().create(Fixtures.validRequest()))
                    .isInstanceOf(BadRequestException.class);
        }

        assertThat(tags(onlyTimer()))
                .isEqualTo(Map.of("operation", "createAgent", "status", "400", "outcome", "client_error"));
    }

    @Test
    void countsEachRetryOfA503AndTimesTheCallOnce() {
        server.stubFor(post(AGENTS_PATH)
                .inScenario("503")
                .whenScenarioStateIs(STARTED)
                .willReturn(json(503, UNAVAILABLE).withHeader("Retry-After", "0"))
                .willSetStateTo("again"));
        server.stubFor(post(AGENTS_PATH)
                .inScenario("503")
                .whenScenarioStateIs("again")
                .willReturn(json(503, UNAVAILABLE).withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        server.stubFor(
                post(AGENTS_PATH).inScenario("503").whenScenarioStateIs("ok").willReturn(created()));
        try (MihuClient client = metered().maxRetries(2).build()) {
            client.agents().create(Fixtures.validRequest());
        }

        server.verify(3, postRequestedFor(urlEqualTo(AGENTS_PATH)));
        Timer timer = onlyTimer();
        assertThat(tags(timer)).containsEntry("status", "201").containsEntry("outcome", "success");
        assertThat(timer.count()).isEqualTo(1);
        Counter retries = onlyCounter();
        assertThat(tags(retries))
                .isEqualTo(Map.of("operation", "createAgent", "status", "503", "reason", "server_error"));
        assertThat(retries.count()).isEqualTo(2.0);
    }

    @Test
    void recordsAReadTimeoutAsATimeoutWithoutStatus() {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withFixedDelay(2_000)));
        try (MihuClient client = metered().readTimeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> client.agents().create(Fixtures.validRequest()))
                    .isInstanceOf(MihuTimeoutException.class);
        }

        assertThat(tags(onlyTimer()))
                .isEqualTo(Map.of("operation", "createAgent", "status", "none", "outcome", "timeout"));
        assertThat(registry.find(MicrometerCallObserver.RETRIES).counters()).isEmpty();
    }

    @Test
    void recordsAnInvalidRequestThatWasNeverSent() {
        try (MihuClient client = metered().build()) {
            assertThatThrownBy(() -> client.agents().create(new CreateAgentRequest()))
                    .isInstanceOf(InvalidRequestException.class);
        }

        server.verify(0, anyRequestedFor(anyUrl()));
        assertThat(tags(onlyTimer()))
                .isEqualTo(Map.of("operation", "createAgent", "status", "none", "outcome", "invalid_request"));
    }

    @Test
    void recordsAConnectionRefusedAsANetworkErrorAndItsRetries() {
        try (MihuClient client = Fixtures.clientFor(Fixtures.closedPort())
                .meterRegistry(registry)
                .maxRetries(1)
                .build()) {
            assertThatThrownBy(() -> client.agents().create(Fixtures.validRequest()))
                    .isInstanceOf(MihuConnectionException.class);
        }

        assertThat(tags(onlyTimer())).containsEntry("status", "none").containsEntry("outcome", "network_error");
        assertThat(tags(onlyCounter())).containsEntry("reason", "network_error");
        assertThat(onlyCounter().count()).isEqualTo(1.0);
    }

    @Test
    void timesAnAsynchronousCreateAsTheSynchronousOne() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        try (MihuClient client = metered().build()) {
            Agent agent =
                    client.async().agents().create(Fixtures.validRequest()).get(10, TimeUnit.SECONDS);
            assertThat(agent.getAgentUuid()).hasToString(Fixtures.AGENT_UUID);
        }

        Timer timer = onlyTimer();
        assertThat(tags(timer)).isEqualTo(Map.of("operation", "createAgent", "status", "201", "outcome", "success"));
        assertThat(timer.count()).isEqualTo(1);
    }

    @Test
    void countsTheRetriesOfAnAsynchronousCallThatGivesUpOnA429() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "0")));
        try (MihuClient client = metered().maxRetries(2).build()) {
            Throwable e = catchThrowable(() ->
                    client.async().agents().create(Fixtures.validRequest()).join());
            assertThat(e).isInstanceOf(CompletionException.class).cause().isInstanceOf(RateLimitException.class);
        }

        assertThat(tags(onlyTimer()))
                .isEqualTo(Map.of("operation", "createAgent", "status", "429", "outcome", "client_error"));
        assertThat(onlyTimer().count()).isEqualTo(1);
        assertThat(tags(onlyCounter()))
                .isEqualTo(Map.of("operation", "createAgent", "status", "429", "reason", "client_error"));
        assertThat(onlyCounter().count()).isEqualTo(2.0);
    }

    @Test
    void recordsACancelledAsynchronousCallOnce() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created().withFixedDelay(10_000)));
        try (MihuClient client = metered().readTimeout(Duration.ofSeconds(30)).build()) {
            CompletableFuture<Agent> future = client.async().agents().create(Fixtures.validRequest());
            waitUntilOneRequestIsRunning(client);

            assertThat(future.cancel(true)).isTrue();
            assertThat(catchThrowable(future::join)).isInstanceOf(CancellationException.class);
            // The cancelled HTTP call then fails inside OkHttp; that must not be counted again.
            waitUntilNoRequestIsRunning(client);
        }

        assertThat(registry.find(MicrometerCallObserver.REQUESTS).timers()).hasSize(1);
        assertThat(tags(onlyTimer())).containsEntry("outcome", "cancelled").containsEntry("status", "none");
        assertThat(onlyTimer().count()).isEqualTo(1);
    }

    @Test
    void viewsRecordIntoTheRootClientsRegistry() {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        try (MihuClient client = metered().build()) {
            client.withOptions(o -> o.header("X-Request-Id", "r-1")).agents().create(Fixtures.validRequest());
            client.forBaseUrl(client.baseUrl(), "sk_other_tenant_123456")
                    .agents()
                    .create(Fixtures.validRequest());
        }

        assertThat(onlyTimer().count()).isEqualTo(2);
    }

    @Test
    void aClientWithoutARegistrySaysNothingOfMetrics() {
        try (MihuClient plain = Fixtures.clientFor(server.getPort()).build();
                MihuClient metered = metered().build()) {
            assertThat(plain.toString()).doesNotContain("metrics");
            assertThat(metered.toString()).contains("metrics=micrometer");
        }
    }

    @Test
    void rejectsANullRegistry() {
        assertThatThrownBy(() -> MihuClient.builder().meterRegistry(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meterRegistry");
    }

    @Test
    void everyOperationIsTaggedWithItsOperationIdFromTheSpec() throws IOException, IllegalAccessException {
        Matcher ids = Pattern.compile("operationId:\\s*(\\w+)")
                .matcher(Files.readString(Path.of("..", "spec", "openapi.yaml")));
        List<String> specIds = ids.results().map(m -> m.group(1)).sorted().toList();
        List<String> tagged = Arrays.stream(Operations.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Operation.class)
                .map(MetricsTest::operationName)
                .map(MicrometerCallObserver::camelCase)
                .sorted()
                .toList();

        assertThat(tagged).isNotEmpty().isEqualTo(specIds);
    }

    private MihuClient.Builder metered() {
        return Fixtures.clientFor(server.getPort()).meterRegistry(registry);
    }

    private Timer onlyTimer() {
        List<Timer> timers =
                List.copyOf(registry.find(MicrometerCallObserver.REQUESTS).timers());
        assertThat(timers)
                .as("timers named %s", MicrometerCallObserver.REQUESTS)
                .hasSize(1);
        return timers.get(0);
    }

    private Counter onlyCounter() {
        List<Counter> counters =
                List.copyOf(registry.find(MicrometerCallObserver.RETRIES).counters());
        assertThat(counters)
                .as("counters named %s", MicrometerCallObserver.RETRIES)
                .hasSize(1);
        return counters.get(0);
    }

    private static Map<String, String> tags(Meter meter) {
        return meter.getId().getTags().stream().collect(Collectors.toMap(t -> t.getKey(), t -> t.getValue()));
    }

    private static String operationName(Field field) {
        try {
            return ((Operation<?, ?>) field.get(null)).name();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntilOneRequestIsRunning(MihuClient client) throws InterruptedException {
        waitUntil(() -> client.httpClient().dispatcher().runningCallsCount() == 1);
        // And received: a request still on its way when the test ends would be counted by the next.
        waitUntil(
                () -> server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH))).size() == 1);
    }

    private static void waitUntilNoRequestIsRunning(MihuClient client) throws InterruptedException {
        waitUntil(() -> client.httpClient().dispatcher().runningCallsCount() == 0);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
