package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.model.Agent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Starting, stopping and serving many clients at once. */
class MockMihuServerLifecycleTest {

    @Test
    void startsAndAnswersWellUnderOneSecondOnceTheContractIsLoaded() throws Exception {
        // The first server of a JVM parses the contract (once); this is what every later test pays.
        MockMihuServer.builder().start().close();

        long started = System.nanoTime();
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            HttpResponse<String> first = new MihuHttp(server).post("{\"name\":\"A\"}");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(took).as("start-up and first answer").isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void servesSixteenConcurrentCreatesAndRecordsEachOne() throws Exception {
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            MihuHttp http = new MihuHttp(server);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String body = "{\"name\":\"Agent " + i + "\"}";
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.post(body);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            }

            assertThat(server.requestCount()).isEqualTo(clients);
            List<Agent> agents = server.createdAgents();
            assertThat(agents).extracting(Agent::getName).hasSize(clients).doesNotHaveDuplicates();
            Set<UUID> created = agents.stream().map(Agent::getAgentUuid).collect(Collectors.toSet());
            assertThat(created).hasSize(clients);
            assertThat(server.recordedRequests())
                    .allSatisfy(recorded ->
                            assertThat(recorded.createdAgentUuid()).get().isIn(created));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closedServerRefusesConnectionsAndCannotBeRestarted() throws Exception {
        MockMihuServer server = MockMihuServer.builder().start();
        String baseUrl = server.baseUrl();

        server.close();
        server.close();

        assertThatThrownBy(server::baseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        assertThat(server.toString()).contains("closed");
        MockMihuServer notStarted = MockMihuServer.builder().build();
        assertThatThrownBy(notStarted::baseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("new");
        assertThatThrownBy(() -> MihuHttp.send(HttpRequest.newBuilder(URI.create(baseUrl + MihuHttp.AGENTS))
                        .GET()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void closeAbandonsAnswersHeldBackByADelay() throws Exception {
        MockMihuServer server = MockMihuServer.builder().start();
        server.enqueueFault(Fault.delay(Duration.ofMinutes(5)));
        MihuHttp http = new MihuHttp(server);
        Thread caller = new Thread(() -> {
            try {
                http.post("{\"name\":\"A\"}");
            } catch (IOException | InterruptedException expected) {
                // the server went away
            }
        });
        caller.start();
        while (server.requestCount() == 0) {
            Thread.sleep(10);
        }

        long started = System.nanoTime();
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        caller.join(5_000);
        assertThat(caller.isAlive()).isFalse();
    }

    @Test
    void servesOnTheLoopbackInterface() {
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            assertThat(server.baseUrl())
                    .matches("http://(127\\.0\\.0\\.1|\\[::1\\]):\\d+")
                    .endsWith(":" + server.port());
            assertThat(server.toString()).contains(server.baseUrl()).doesNotContain(server.apiToken());
        }
    }

    @Test
    void builderRejectsSettingsTheApiCannotHave() {
        assertThatThrownBy(() -> MockMihuServer.builder().createdStatus(202))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("202");
        assertThatThrownBy(() -> MockMihuServer.builder().apiToken(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MockMihuServer.builder().apiToken("two words"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("two words");
        assertThatThrownBy(() -> MockMihuServer.builder().apiToken(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MockMihuServer.builder().clock(null)).isInstanceOf(NullPointerException.class);
    }
}
