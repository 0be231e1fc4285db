package com.example.bootapp;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import org.springframework.stereotype.Service;

/** Application code: it receives the auto-configured client and knows nothing of its settings. */
@Service
public class SupportAgents {

    private final MihuClient mihu;

    public SupportAgents(MihuClient mihu) {
        this.mihu = mihu;
    }

    public Agent createFor(String companyName) {
        return mihu.agents()
                .create(CreateAgentRequests.builder("Support Agent")
                        .companyName(companyName)
                        .addGuideline("Answer in the caller's language.")
                        .build());
    }
}
