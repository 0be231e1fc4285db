package com.example.junitfloor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockMihuServerExtensionOnDeclaredJUnitTest {

    @RegisterExtension
    final MockMihuServerExtension mihu = MockMihuServerExtension.create();

    @Test
    void runsTheJUnitThisProjectDeclares() throws ClassNotFoundException {
        String declared = System.getProperty("declared.junit.version");
        assertEquals(declared, Test.class.getPackage().getImplementationVersion(), "junit-jupiter-api");
        assertEquals(
                declared,
                Class.forName("org.junit.jupiter.engine.JupiterTestEngine")
                        .getPackage()
                        .getImplementationVersion(),
                "junit-jupiter-engine");
    }

    @Test
    void createsAnAgentOnTheExtensionsServer() {
        Agent agent = mihu.client()
                .agents()
                .create(CreateAgentRequests.builder("Support Agent").build());

        assertEquals("Support Agent", agent.getName());
        assertEquals(1, mihu.server().createdAgents().size());
    }

    @Test
    void seesA503AsServiceUnavailable() {
        mihu.server().enqueueFault(Fault.status(503).times(3));

        assertThrows(
                ServiceUnavailableException.class,
                () -> mihu.client()
                        .agents()
                        .create(CreateAgentRequests.builder("Support Agent").build()));
        assertEquals(0, mihu.server().createdAgents().size());
    }
}
