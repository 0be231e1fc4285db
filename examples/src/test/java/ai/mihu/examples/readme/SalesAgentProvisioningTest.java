package ai.mihu.examples.readme;

// docs:start readme-testing
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.mihu.sdk.errors.ServiceUnavailableException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesAgentProvisioningTest {

    @RegisterExtension
    final MockMihuServerExtension mihu = MockMihuServerExtension.create();

    @Test
    void createsTheSalesAgent() {
        Agent agent = SalesAgentProvisioning.createSalesAgent(mihu.baseUrl(), mihu.apiToken());

        assertEquals("Sales Agent", agent.getName());
        assertEquals(1, mihu.server().createdAgents().size());
    }

    @Test
    void givesUpAfterTwoRetriesWhenTheServiceStaysUnavailable() {
        mihu.server().enqueueFault(Fault.status(503).times(3)); // the extension's client retries at once

        assertThrows(
                ServiceUnavailableException.class,
                () -> mihu.client().agents().create(SalesAgentProvisioning.salesAgentRequest()));
        assertEquals(3, mihu.server().requestCount());
    }

    @Test
    void reportsTheFieldTheApiRejects() {
        mihu.server().enqueueFault(Fault.validationError("timezone", "The timezone is not supported."));

        UnprocessableEntityException e = assertThrows(
                UnprocessableEntityException.class,
                () -> SalesAgentProvisioning.createSalesAgent(mihu.baseUrl(), mihu.apiToken()));
        assertEquals("timezone", e.errorField());
    }
}
// docs:end readme-testing
