package ai.mihu.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.testing.MockMihuServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The soak's leak probes see a live client's connection and work, so their empty answers mean something. */
class LeftoverResourcesTest {

    @Test
    void aPooledConnectionIsCountedOnBothEndsUntilTheClientCloses() throws Exception {
        assumeTrue(LeftoverResources.canCountConnections(), "no /proc/net/tcp to count connections");
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            MihuClient client = MihuClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiToken(server.apiToken())
                    .build();
            client.agents().create(new CreateAgentRequest().name("Probe"));

            // The client's socket and the server's socket of the one kept-alive connection.
            assertThat(LeftoverResources.openConnectionsNow(server.port())).isEqualTo(2);

            client.close();
            assertThat(LeftoverResources.establishedConnections(server.port(), Duration.ofSeconds(5)))
                    .isZero();
        }
    }

    @Test
    void okHttpPoolUpkeepCountsAsBusyWhileAConnectionIsPooled() throws Exception {
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            MihuClient client = MihuClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiToken(server.apiToken())
                    .build();
            client.agents().create(new CreateAgentRequest().name("Probe"));

            // The pool's cleanup task waits for the keep-alive to expire while the connection is idle;
            // its thread may take a moment to pick the task up.
            boolean seenBusy = false;
            for (int i = 0; i < 50 && !seenBusy; i++) {
                seenBusy = !LeftoverResources.busyOkHttpThreads(Duration.ZERO).isEmpty();
                Thread.sleep(seenBusy ? 0 : 20);
            }
            assertThat(seenBusy)
                    .as("an OkHttp thread busy with the pooled connection")
                    .isTrue();

            client.close();
            assertThat(LeftoverResources.busyOkHttpThreads(Duration.ofSeconds(2)))
                    .isEmpty();
        }
    }
}
