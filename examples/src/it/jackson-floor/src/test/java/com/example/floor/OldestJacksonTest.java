package com.example.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.builders.UpdateAgentRequests;
import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.testing.MockMihuServer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OldestJacksonTest {

    @Test
    void runsOnTheForcedJackson() {
        String expected = System.getProperty("expected.jackson.version");
        assertEquals(expected, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals(expected, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
        assertEquals(expected, com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString());
    }

    @Test
    void createsAnAgentWithNestedObjectsEnumsAndDates() {
        try (MockMihuServer server = MockMihuServer.builder().start();
                MihuClient client = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(server.apiToken())
                        .build()) {
            Agent agent = client.agents()
                    .create(CreateAgentRequests.builder("Sales Agent")
                            .language(Locale.ENGLISH)
                            .timezone(ZoneId.of("Europe/Istanbul"))
                            .addGuideline("Greet the caller by name when it is known.")
                            .addProcedure(p -> p.name("Book a demo").addStep("Ask for the caller's email address."))
                            .addGuardRule(g -> g.name("Human requested")
                                    .thenAction(GuardRuleAction.FORWARD)
                                    .addSelectedChannel(Channels.PHONE)
                                    .destinationType(DestinationTypes.EXTENSION)
                                    .destination("100"))
                            .build());

            assertNotNull(agent.getAgentUuid());
            assertNotNull(agent.getCreatedAt());
            assertEquals("Sales Agent", agent.getName());
            assertEquals(1, server.createdAgents().size());
        }
    }

    @Test
    void listsAgentsAndKeepsPropertiesItDoesNotKnow() {
        try (MockMihuServer server = MockMihuServer.builder().start();
                MihuClient client = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(server.apiToken())
                        .build()) {
            Agent created = client.agents()
                    .create(CreateAgentRequests.builder("Sales Agent")
                            .timezone(ZoneId.of("Europe/Istanbul"))
                            .build());
            client.agents().create(CreateAgentRequests.builder("Support Agent").build());

            AgentList agents = client.agents().list();

            assertEquals(
                    List.of("Sales Agent", "Support Agent"),
                    agents.getItems().stream().map(Agent::getName).toList());
            assertEquals(created.getAgentUuid(), agents.getItems().get(0).getAgentUuid());
            assertEquals(created.getCreatedAt(), agents.getItems().get(0).getCreatedAt());
            assertNotNull(agents.getAdditionalProperties());
        }
    }

    @Test
    void updatesOneFieldClearsAnotherAndKeepsTheRest() {
        try (MockMihuServer server = MockMihuServer.builder().start();
                MihuClient client = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(server.apiToken())
                        .build()) {
            Agent created = client.agents()
                    .create(CreateAgentRequests.builder("Sales Agent")
                            .customPrompt("Mention the spring catalogue.")
                            .addNote("Demos run thirty minutes.")
                            .build());

            Agent updated = client.agents()
                    .update(
                            created.getAgentUuid().toString(),
                            UpdateAgentRequests.builder()
                                    .description("Books product demos.")
                                    .clearCustomPrompt()
                                    .build());

            assertEquals("Books product demos.", updated.getDescription());
            assertNull(updated.getCustomPrompt());
            assertEquals("Sales Agent", updated.getName());
            assertEquals(1, updated.getNotes().size());
            String sent = server.recordedRequests().get(1).body();
            assertTrue(sent.contains("\"custom_prompt\":null"), sent);
            assertNull(server.agent(created.getAgentUuid()).orElseThrow().getCustomPrompt());
        }
    }
}
