package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.MihuResponse;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.model.Agent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code client.async()} against the mock: many calls in flight on few threads, faults as for sync calls. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AsyncClientAgainstMockTest {

    private static final int CALLS = 1_000;

    private MockMihuServer server;
    private MihuClient client;

    @BeforeEach
    void start() {
        server = MockMihuServer.builder().start();
        client = MihuClient.builder()
                .baseUrl(server.baseUrl())
                .apiToken(server.apiToken())
                .readTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aThousandConcurrentCreatesCompleteOnAHandfulOfThreads() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        Set<Thread> completingThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        List<CompletableFuture<Agent>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(client.async()
                    .agents()
                    .create(CreateAgentRequests.builder("Agent " + i).build())
                    .whenComplete((agent, failure) -> completingThreads.add(Thread.currentThread())));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

        assertThat(server.createdAgents()).hasSize(CALLS);
        assertThat(calls)
                .allSatisfy(call -> assertThat(call.join().getAgentUuid()).isNotNull());
        long sdkThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().startsWith("mihu-"))
                .count();
        // Bounded by maxConcurrentAsyncRequests (16 by default), never by the number of calls.
        assertThat(sdkThreads).isLessThanOrEqualTo(2 * 16L);
        // Calls complete on the SDK's threads (or on the caller's, for one done before whenComplete).
        assertThat(completingThreads).hasSizeLessThanOrEqualTo((int) sdkThreads + 1);
        System.out.printf("%d concurrent async creates completed on %d SDK threads%n", CALLS, sdkThreads);
    }

    @Test
    void retriesInjected503sAsTheSynchronousClientDoes() throws Exception {
        server.enqueueFault(Fault.status(503).times(2));

        MihuResponse<Agent> response = client.async()
                .agents()
                .createWithResponse(CreateAgentRequests.builder("Support Agent").build())
                .get(30, TimeUnit.SECONDS);

        assertThat(response.attempts()).isEqualTo(3);
        assertThat(server.createdAgents()).hasSize(1);
    }

    @Test
    void givesUpOnPersistent429WithRateLimitException() {
        server.enqueueFault(Fault.status(429).withRetryAfter("1").times(5));

        CompletableFuture<Agent> call = client.withOptions(o -> o.maxRetries(1))
                .async()
                .agents()
                .create(CreateAgentRequests.builder("Support Agent").build());

        assertThat(call)
                .failsWithin(Duration.ofSeconds(30))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(RateLimitException.class);
        assertThat(server.createdAgents()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
