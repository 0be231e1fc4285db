package com.example.bootapp;

// docs:start readme-spring-boot-test
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.spring.boot.testing.AutoConfigureMockMihuServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureMockMihuServer
class OnboardingTest {

    @Autowired
    MockMihuServer mihu;

    @Autowired
    SupportAgents supportAgents; // your code, using the injected MihuClient

    @Test
    void createsTheSupportAgent() {
        supportAgents.createFor("Northwind");

        assertEquals(1, mihu.createdAgents().size());
    }
}
// docs:end readme-spring-boot-test
