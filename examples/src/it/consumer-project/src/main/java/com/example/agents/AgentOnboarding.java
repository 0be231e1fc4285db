package com.example.agents;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;

/** Application code of the consumer: it sees only the SDK's public API. */
public final class AgentOnboarding {

    private final MihuClient client;

    /**
     * @param client a client built once by the application
     */
    public AgentOnboarding(MihuClient client) {
        this.client = client;
    }

    /**
     * Creates the support agent of a new customer.
     *
     * @param companyName the customer's company
     * @return the created agent
     */
    public Agent createSupportAgent(String companyName) {
        return client.agents()
                .create(CreateAgentRequests.builder("Support Agent")
                        .companyName(companyName)
                        .addGuideline("Answer in the caller's language.")
                        .build());
    }
}
