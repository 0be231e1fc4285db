package com.example.bootapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.spring.boot.testing.AutoConfigureMockMihuServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "mihu.read-timeout=9s")
@AutoConfigureMockMihuServer
class SupportAgentsTest {

    @Autowired
    SupportAgents supportAgents;

    @Autowired
    MockMihuServer mihu;

    @Autowired
    MihuClient client;

    @Test
    void createsTheSupportAgentThroughTheInjectedClient() {
        Agent agent = supportAgents.createFor("Northwind");

        assertNotNull(agent.getAgentUuid());
        assertEquals("Northwind", agent.getCompanyName());
        assertEquals(1, mihu.createdAgents().size());
        assertEquals(mihu.baseUrl(), client.baseUrl());
        assertTrue(client.toString().contains("readTimeout=PT9S"), client::toString);
    }

    @Test
    void runsOnTheExpectedSpringBoot() {
        assertEquals(System.getProperty("expected.boot.version"), SpringBootVersion.getVersion());
    }
}
