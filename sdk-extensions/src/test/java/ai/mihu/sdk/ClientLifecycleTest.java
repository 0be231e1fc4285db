package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.TOKEN;
import static ai.mihu.sdk.Fixtures.created;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads, and what close() releases. */
class ClientLifecycleTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    @Test
    void thirtyTwoThreadsShareOneClient() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        int threads = 32;
        int callsPerThread = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            List<Future<List<Agent>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<Agent>> calls = () -> {
                    start.await();
                    List<Agent> agents = new ArrayList<>();
                    for (int i = 0; i < callsPerThread; i++) {
                        agents.add(client.agents().create(new CreateAgentRequest().name("Agent " + thread + "-" + i)));
                    }
                    return agents;
                };
                results.add(pool.submit(calls));
            }
            start.countDown();
            for (Future<List<Agent>> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS))
                        .hasSize(callsPerThread)
                        .allSatisfy(agent -> assertThat(agent.getName()).isEqualTo("Sales Agent"));
            }
        } finally {
            pool.shutdownNow();
        }

        server.verify(
                threads * callsPerThread,
                postRequestedFor(urlEqualTo(AGENTS_PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < callsPerThread; i++) {
                server.verify(
                        1,
                        postRequestedFor(urlEqualTo(AGENTS_PATH))
                                .withRequestBody(equalTo("{\"name\":\"Agent " + t + "-" + i + "\"}")));
            }
        }
    }

    @Test
    void closeEvictsPooledConnectionsAndLeavesNoOkHttpWorkRunning() throws Exception {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        MihuClient client = Fixtures.clientFor(server.getPort()).build();
        client.agents().create(Fixtures.validRequest());
        assertThat(client.httpClient().connectionPool().connectionCount()).isEqualTo(1);
        // While a connection is pooled, OkHttp keeps a thread waiting to evict it.
        assertThat(waitForBusyOkHttpThreads(true)).isNotEmpty();

        client.close();

        assertThat(client.httpClient().connectionPool().connectionCount()).isZero();
        assertThat(client.httpClient().dispatcher().executorService().isShutdown())
                .isTrue();
        assertThat(waitForBusyOkHttpThreads(false)).isEmpty();
    }

    @Test
    void callsAfterCloseAreRejectedClearly() {
        MihuClient client = Fixtures.clientFor(server.getPort()).build();
        client.close();
        client.close();

        assertThatThrownBy(() -> client.agents().create(Fixtures.validRequest()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(client.toString()).endsWith(", closed]");
        server.verify(0, postRequestedFor(urlEqualTo(AGENTS_PATH)));
    }

    /**
     * OkHttp threads doing or awaiting work. OkHttp 4 runs pool maintenance on a process-wide,
     * daemon "OkHttp TaskRunner" pool shared by every OkHttp client; its workers stay parked for
     * up to 60 s after their last task and cannot be stopped by one client. A worker parked in
     * the executor holds nothing of ours, so only threads inside OkHttp's task loop count.
     */
    private static List<String> busyOkHttpThreads() {
        List<String> busy = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> entry :
                Thread.getAllStackTraces().entrySet()) {
            String name = entry.getKey().getName();
            if (!name.startsWith("OkHttp") || !entry.getKey().isAlive()) {
                continue;
            }
            boolean idleWorker = false;
            for (StackTraceElement frame : entry.getValue()) {
                if (frame.getClassName().startsWith("okhttp3.")) {
                    break;
                }
                if (frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor")
                        && frame.getMethodName().equals("getTask")) {
                    idleWorker = true;
                    break;
                }
            }
            if (!idleWorker) {
                busy.add(name);
            }
        }
        return busy;
    }

    /** Polls for up to a second until some OkHttp thread is busy ({@code true}) or none is. */
    private static List<String> waitForBusyOkHttpThreads(boolean wanted) throws InterruptedException {
        List<String> busy = busyOkHttpThreads();
        for (int i = 0; i < 50 && busy.isEmpty() == wanted; i++) {
            Thread.sleep(20);
            busy = busyOkHttpThreads();
        }
        return busy;
    }
}
