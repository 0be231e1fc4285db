package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads sharing a client reuse its connections instead of opening new ones per call. The
 * server counts connections by their client-side address, one per connection.
 */
class ConnectionReuseTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 20;

    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
    private HttpServer server;
    private ExecutorService serverThreads;

    @BeforeEach
    void startServer() throws IOException {
        byte[] body = Fixtures.createdAgentBody().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        serverThreads = Executors.newFixedThreadPool(THREADS);
        server.setExecutor(serverThreads);
        server.createContext(Fixtures.AGENTS_PATH, exchange -> {
            connections.add(exchange.getRemoteAddress());
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void concurrentCallersNeverOpenMoreConnectionsThanThereAreCallers() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        // Every round starts all threads together, so THREADS calls overlap and then all return
        // their connections to the pool at about the same time: with a pool smaller than
        // THREADS, the surplus would be closed and opened again in the next round.
        CyclicBarrier together = new CyclicBarrier(THREADS);
        try (MihuClient client =
                Fixtures.clientFor(server.getAddress().getPort()).build()) {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(callers.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await(10, TimeUnit.SECONDS);
                        client.agents().create(Fixtures.validRequest());
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
            assertThat(client.httpClient().connectionPool().connectionCount()).isLessThanOrEqualTo(THREADS);
        } finally {
            callers.shutdownNow();
        }

        assertThat(connections)
                .as("connections opened for %d calls", THREADS * ROUNDS)
                .hasSizeLessThanOrEqualTo(THREADS);
    }
}
