package com.example.bootapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.mihu.spring.boot.testing.AutoConfigureMockMihuServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The starter hands the application's MeterRegistry to the client, with this Boot line's Micrometer. */
@SpringBootTest
@AutoConfigureMockMihuServer
class MetricsTest {

    @Autowired
    SupportAgents supportAgents;

    @Autowired
    MeterRegistry registry;

    @Test
    void aCreateIsTimedInTheApplicationsRegistry() {
        supportAgents.createFor("Contoso");

        Timer timer = registry.get("mihu.client.requests")
                .tags("operation", "createAgent", "status", "201", "outcome", "success")
                .timer();
        assertEquals(1, timer.count());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
