package com.example.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.MockMihuServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgentOnboardingTest {

    @Test
    void createsTheSupportAgentAgainstTheEmbeddedApi() {
        try (MockMihuServer server = MockMihuServer.builder().start();
                MihuClient client = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(server.apiToken())
                        .build()) {
            Agent agent = new AgentOnboarding(client).createSupportAgent("Northwind");

            assertNotNull(agent.getAgentUuid());
            assertEquals("Northwind", agent.getCompanyName());
            assertEquals(1, server.createdAgents().size());
        }
    }

    /** The SDK's own test-only libraries must not leak onto a consumer's classpath. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "com.github.tomakehurst.wiremock.WireMockServer",
                "org.assertj.core.api.Assertions",
                "ch.qos.logback.classic.Logger",
                "au.com.dius.pact.consumer.dsl.PactDslJsonBody"
            })
    void sdkTestDependenciesDoNotLeak(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }
}
