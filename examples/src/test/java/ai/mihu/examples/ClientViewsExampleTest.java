package ai.mihu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.MihuResponse;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.MockMihuServerExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guide's tenant view, per-call options and async create, run against the embedded server. */
class ClientViewsExampleTest {

    @RegisterExtension
    final MockMihuServerExtension mihu = MockMihuServerExtension.create();

    @Test
    void aTenantViewCreatesAnAgentWithTheTenantsToken() {
        MockMihuServer server = mihu.server();
        try (MihuClient shared = MihuClient.builder()
                .baseUrl("http://localhost:" + server.port())
                .apiToken("sk_some_other_tenant_123456")
                .build()) {
            Agent agent = ClientViewsExample.createForTenant(shared, server.baseUrl(), server.apiToken());

            assertThat(agent.getName()).isEqualTo("Support Agent");
        }
        assertThat(server.createdAgents()).hasSize(1);
    }

    @Test
    void optionsOfOneCallApplyToThatCall() {
        MockMihuServer server = mihu.server();
        server.enqueueFault(Fault.status(503).times(2));

        // maxRetries(1): two 503s are one more than the call may retry.
        assertThatThrownBy(() -> ClientViewsExample.createWithOptions(mihu.client(), "req-42"))
                .isInstanceOf(InternalServerException.class)
                .satisfies(e ->
                        assertThat(((InternalServerException) e).attempts()).isEqualTo(2));
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(server.recordedRequests())
                .allSatisfy(r -> assertThat(r.header("X-Request-Id")).contains("req-42"));

        MihuResponse<Agent> second = ClientViewsExample.createWithOptions(mihu.client(), "req-43");
        assertThat(second.attempts()).isEqualTo(1);
    }

    @Test
    void theAsyncCreateCompletesWithTheAgentsName() throws Exception {
        assertThat(ClientViewsExample.createAsync(mihu.client()).get(30, TimeUnit.SECONDS))
                .isEqualTo("Support Agent");
        assertThat(mihu.server().createdAgents()).hasSize(1);
    }
}
