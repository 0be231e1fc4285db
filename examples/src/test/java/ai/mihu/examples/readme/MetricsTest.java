package ai.mihu.examples.readme;

// docs:start readme-metrics
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.testing.MockMihuServerExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MetricsTest {

    @RegisterExtension
    final MockMihuServerExtension mihu = MockMihuServerExtension.create();

    @Test
    void timesEachCall() {
        MeterRegistry meterRegistry = new SimpleMeterRegistry(); // in an application, its own registry
        try (MihuClient client = MihuClient.builder()
                .baseUrl(mihu.baseUrl())
                .apiToken(mihu.apiToken())
                .meterRegistry(meterRegistry)
                .build()) {
            client.agents().create(CreateAgentRequests.builder("Sales Agent").build());
        }

        assertEquals(
                1,
                meterRegistry
                        .get("mihu.client.requests")
                        .tags("operation", "createAgent", "status", "201", "outcome", "success")
                        .timer()
                        .count());
    }
}
// docs:end readme-metrics
