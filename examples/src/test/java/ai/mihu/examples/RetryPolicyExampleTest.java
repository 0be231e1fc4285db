package ai.mihu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.MockMihuServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the guide's retry-policy client repeats, run against the embedded server. */
class RetryPolicyExampleTest {

    @RegisterExtension
    final MockMihuServerExtension mihu = MockMihuServerExtension.create();

    @Test
    void repeatsA503UpToThreeTimesAndCreatesOneAgent() {
        MockMihuServer server = mihu.server();
        server.enqueueFault(Fault.status(503).withRetryAfter("0").times(3));

        try (MihuClient client = RetryPolicyExample.client(server.baseUrl(), server.apiToken())) {
            Agent agent = client.agents()
                    .create(CreateAgentRequests.builder("Support Agent").build());

            assertThat(agent.getName()).isEqualTo("Support Agent");
        }
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(server.createdAgents()).hasSize(1);
    }

    @Test
    void givesUpAfterThreeRetriesWithTheTypedRateLimitError() {
        MockMihuServer server = mihu.server();
        server.enqueueFault(Fault.status(429).withRetryAfter("0").times(4));

        try (MihuClient client = RetryPolicyExample.client(server.baseUrl(), server.apiToken())) {
            assertThatThrownBy(() -> client.agents()
                            .create(CreateAgentRequests.builder("Support Agent").build()))
                    .isInstanceOf(RateLimitException.class);
        }
        assertThat(server.requestCount()).isEqualTo(4);
        assertThat(server.createdAgents()).isEmpty();
    }

    @Test
    void doesNotRepeatA500BecauseTheAgentMayAlreadyExist() {
        MockMihuServer server = mihu.server();
        server.enqueueFault(Fault.status(500).withRetryAfter("0"));

        try (MihuClient client = RetryPolicyExample.client(server.baseUrl(), server.apiToken())) {
            assertThatThrownBy(() -> client.agents()
                            .create(CreateAgentRequests.builder("Support Agent").build()))
                    .isInstanceOf(InternalServerException.class);
        }
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(server.pendingFaultCount()).isZero();
    }
}
