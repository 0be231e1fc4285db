package ai.mihu.sdk.benchmarks;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.Agent;

/**
 * The process {@link ColdStartRunner} times: a fresh JVM that makes one create and exits. Run
 * as {@code ColdStartCreate sdk|raw <baseUrl>}.
 */
public final class ColdStartCreate {

    private ColdStartCreate() {}

    /**
     * Creates one minimal agent with the SDK or the raw client, then exits.
     *
     * @param args {@code sdk} or {@code raw}, then the server's base URL
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ColdStartCreate sdk|raw <baseUrl>");
        }
        Agent agent;
        switch (args[0]) {
            case "sdk" -> {
                try (MihuClient client = MihuClient.builder()
                        .baseUrl(args[1])
                        .apiToken(Payloads.API_TOKEN)
                        .build()) {
                    agent = client.agents().create(Payloads.minimalRequest());
                }
            }
            case "raw" -> agent = new RawAgentsClient(args[1], Payloads.API_TOKEN).create(Payloads.minimalRequest());
            default -> throw new IllegalArgumentException("client is sdk or raw, not " + args[0]);
        }
        if (agent == null || agent.getAgentUuid() == null) {
            throw new IllegalStateException("the create returned no agent");
        }
        // Exit at once: the time measured ends with the first completed create, not with the JVM
        // waiting for idle pool threads.
        System.exit(0);
    }
}
