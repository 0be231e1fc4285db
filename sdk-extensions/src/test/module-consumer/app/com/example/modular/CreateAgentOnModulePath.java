package com.example.modular;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;

/** Creates one agent at the base URL and token given as arguments, and prints what it learnt. */
public final class CreateAgentOnModulePath {

    private CreateAgentOnModulePath() {
    }

    public static void main(String[] args) {
        try (MihuClient client = MihuClient.builder().baseUrl(args[0]).apiToken(args[1]).build()) {
            Agent agent = client.agents().create(CreateAgentRequests.builder("Sales Agent").build());
            System.out.println("agent=" + agent.getAgentUuid());
            System.out.println("sdk-module=" + MihuClient.class.getModule().getName());
            System.out.println("model-module=" + Agent.class.getModule().getName());
        }
    }
}
