package ai.mihu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a team tests its own code with the embedded Mihu API; the docs portal shows this file. */
// docs:start testing-with-mock
class TestingWithMockMihuServerTest {

    @RegisterExtension
    final MockMihuServerExtension mihu = MockMihuServerExtension.create();

    @Test
    void createsAnAgentWithoutTheRealApi() {
        Agent agent = mihu.client()
                .agents()
                .create(CreateAgentRequests.builder("Support Agent").build());

        assertThat(agent.getName()).isEqualTo("Support Agent");
        assertThat(mihu.server().createdAgents()).hasSize(1);
        assertThat(mihu.server().recordedRequests().get(0).header("Authorization"))
                .isPresent();
    }

    @Test
    void seesServerFailuresAsTypedExceptions() {
        mihu.server().enqueueFault(Fault.status(500));

        assertThatThrownBy(() -> mihu.client()
                        .agents()
                        .create(CreateAgentRequests.builder("Support Agent").build()))
                .isInstanceOf(InternalServerException.class);
        assertThat(mihu.server().createdAgents()).isEmpty();
    }
}
// docs:end testing-with-mock
