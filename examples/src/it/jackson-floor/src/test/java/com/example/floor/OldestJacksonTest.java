package com.example.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.testing.MockMihuServer;
import java.time.ZoneId;
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
                MihuClient client = MihuClient.builder().baseUrl(server.baseUrl()).apiToken(server.apiToken())
                        .build()) {
            Agent agent = client.agents().create(CreateAgentRequests.builder("Sales Agent")
                    .language(Locale.ENGLISH)
                    .timezone(ZoneId.of("Europe/Istanbul"))
                    .addGuideline("Greet the caller by name when it is known.")
                    .addProcedure(p -> p.name("Book a demo").addStep("Ask for the caller's email address."))
                    .addGuardRule(g -> g.name("Human requested").thenAction(GuardRuleAction.FORWARD)
                            .addSelectedChannel(Channels.PHONE).destinationType(DestinationTypes.EXTENSION)
                            .destination("100"))
                    .build());

            assertNotNull(agent.getAgentUuid());
            assertNotNull(agent.getCreatedAt());
            assertEquals("Sales Agent", agent.getName());
            assertEquals(1, server.createdAgents().size());
        }
    }
}
