package ai.mihu.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.RecordedRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixteen threads share one client and create 5,000 agents against {@link MockMihuServer} while
 * about one call in twenty meets a fault: 429 with {@code Retry-After: 0}, 503, a dropped
 * connection, or an answer held back past the read timeout.
 *
 * <p>Each call has a unique agent name, which the server records with the agent it created, so
 * duplicates are counted per call without any cooperation from the SDK.
 */
class SoakUnderFaultsTest {

  private static final int THREADS = 16;
  private static final int CALLS = 5_000;
  private static final int CALLS_PER_THREAD = CALLS / THREADS + 1;
  /** One fault in every FAULT_PERIOD calls the server receives: 5 %. */
  private static final int FAULT_PERIOD = 20;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Rotated through, one per period, so every kind is injected about equally often. */
  private static final List<Fault> FAULTS = List.of(
      Fault.status(429).withRetryAfter("0"),
      Fault.status(503),
      Fault.dropConnection(),
      Fault.delay(READ_TIMEOUT.plusMillis(500)));

  /** What happened to each call, keyed by the agent name it sent. */
  private final Map<String, Object> outcomes = new ConcurrentHashMap<>();

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void everyCallEndsInAnAgentOrATypedErrorWithoutDuplicatesAndCloseLeavesNothingBehind() throws Exception {
    try (MockMihuServer server = MockMihuServer.builder().start()) {
      scheduleFaults(server, CALLS * 2);
      MihuClient client = MihuClient.builder()
          .baseUrl(server.baseUrl())
          .apiToken(server.apiToken())
          .connectTimeout(Duration.ofSeconds(2))
          .readTimeout(READ_TIMEOUT)
          .build();

      List<Throwable> untyped;
      try {
        untyped = runCalls(client);
      } finally {
        client.close();
      }

      assertThat(untyped).as("failures that are not a MihuException").isEmpty();
      assertThat(outcomes).hasSize(THREADS * CALLS_PER_THREAD);
      assertNoCallCreatedTwice(server);
      assertFaultsWereInjectedAndSurfaced(server);
      assertThat(LeftoverResources.busyOkHttpThreads(Duration.ofSeconds(2)))
          .as("OkHttp threads still working after close()").isEmpty();
      // Connections are counted from the kernel's TCP tables, which only Linux exposes.
      assumeTrue(LeftoverResources.canCountConnections(), "no /proc/net/tcp to count connections");
      assertThat(LeftoverResources.establishedConnections(server.port(), Duration.ofSeconds(5)))
          .as("TCP connections to the server still established after close()").isZero();
    }
  }

  /**
   * Fills the server's fault queue for the whole run: FAULT_PERIOD - 1 calls answered normally
   * (a zero delay is the queue's way to let a call through untouched), then one fault.
   */
  private static void scheduleFaults(MockMihuServer server, int calls) {
    Fault passThrough = Fault.delay(Duration.ZERO).times(FAULT_PERIOD - 1);
    for (int period = 0; period * FAULT_PERIOD < calls; period++) {
      server.enqueueFault(passThrough);
      server.enqueueFault(FAULTS.get(period % FAULTS.size()));
    }
  }

  /** Runs every thread's calls; returns whatever escaped that was not a MihuException. */
  private List<Throwable> runCalls(MihuClient client) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Throwable>>> results = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Throwable> untyped = new ArrayList<>();
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            String name = "Soak " + thread + "-" + i;
            try {
              Agent agent = client.agents().create(new CreateAgentRequest().name(name));
              outcomes.put(name, agent);
            } catch (MihuException e) {
              outcomes.put(name, e);
            } catch (Throwable e) {
              outcomes.put(name, e);
              untyped.add(e);
            }
          }
          return untyped;
        }));
      }
      start.countDown();
      List<Throwable> untyped = new ArrayList<>();
      for (Future<List<Throwable>> result : results) {
        untyped.addAll(result.get(150, TimeUnit.SECONDS));
      }
      return untyped;
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertNoCallCreatedTwice(MockMihuServer server) {
    Map<String, List<Agent>> createdByName =
        server.createdAgents().stream().collect(Collectors.groupingBy(Agent::getName));
    createdByName.forEach((name, agents) ->
        assertThat(agents).as("agents created for the call named %s", name).hasSize(1));
    outcomes.forEach((name, outcome) -> {
      if (outcome instanceof Agent returned) {
        assertThat(returned.getName()).isEqualTo(name);
        assertThat(createdByName.get(name)).as("agent created for %s", name)
            .singleElement().extracting(Agent::getAgentUuid).isEqualTo(returned.getAgentUuid());
      }
    });
  }

  private void assertFaultsWereInjectedAndSurfaced(MockMihuServer server) {
    List<RecordedRequest> recorded = server.recordedRequests();
    Map<Fault.Kind, Long> injected = new EnumMap<>(Fault.Kind.class);
    recorded.stream()
        .map(RecordedRequest::fault)
        .flatMap(Optional::stream)
        .filter(fault -> !fault.delay().orElse(Duration.ofMillis(1)).isZero())
        .forEach(fault -> injected.merge(fault.kind(), 1L, Long::sum));
    long faultCount = injected.values().stream().mapToLong(Long::longValue).sum();
    assertThat(injected).containsKeys(Fault.Kind.STATUS, Fault.Kind.DROP_CONNECTION, Fault.Kind.DELAY);
    assertThat(faultCount * 100.0 / recorded.size()).as("percentage of calls faulted").isBetween(4.0, 6.0);

    Map<Class<?>, Long> failures = outcomes.values().stream()
        .filter(outcome -> !(outcome instanceof Agent))
        .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
    // A read timeout and a dropped connection happen after the request was sent: not retried.
    assertThat(failures).containsKeys(MihuTimeoutException.class, MihuConnectionException.class);
    // An API error can only be an injected 429 or 503 that met another fault on every retry.
    assertThat(outcomes.values()).filteredOn(MihuApiException.class::isInstance)
        .map(MihuApiException.class::cast)
        .allSatisfy(e -> assertThat(e.statusCode()).as("%s", e).isIn(429, 503));
    // 429 and 503 are retried (twice by default), so they surface only when a retry meets a fault
    // again; most calls that met one end in an agent.
    long agents = outcomes.values().stream().filter(Agent.class::isInstance).count();
    assertThat(agents).isGreaterThan((long) (outcomes.size() * 0.9));
    long retriedThenCreated = recorded.stream()
        .filter(r -> r.fault().map(f -> f.status().isPresent()).orElse(false))
        .map(r -> nameIn(r.body()))
        .distinct()
        .filter(name -> outcomes.get(name) instanceof Agent)
        .count();
    assertThat(retriedThenCreated).as("calls that met a 429 or 503 and still returned an agent").isPositive();
    System.out.printf("Soak: %d calls, %d requests, %d faults %s, %d agents, %d created after a 429/503, failures %s%n",
        outcomes.size(), recorded.size(), faultCount, injected, agents, retriedThenCreated, failures);
  }

  /** The agent name a recorded create sent: the call's identity. */
  private static String nameIn(String body) {
    try {
      return JSON.readTree(body).path("name").asText();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
