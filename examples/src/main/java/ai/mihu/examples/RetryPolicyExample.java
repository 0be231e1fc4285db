package ai.mihu.examples;

import ai.mihu.sdk.MihuClient;

/**
 * A client with its retry policy spelled out. The docs portal's getting-started guide shows the
 * builder calls; {@code RetryPolicyExampleTest} runs the client against the embedded server to pin
 * what it does and does not repeat.
 */
public final class RetryPolicyExample {

    private RetryPolicyExample() {}

    /**
     * Builds a client that repeats a request up to three times, and only when the API cannot have
     * created the agent.
     *
     * @param baseUrl the API's base URL, such as a {@code MockMihuServer}'s
     * @param apiToken the tenant's API token
     * @return a new client; close it when done
     */
    public static MihuClient client(String baseUrl, String apiToken) {
        // docs:start retry-policy
        MihuClient client = MihuClient.builder()
                .baseUrl(baseUrl) // or .subdomain("acme")
                .apiToken(apiToken)
                .maxRetries(3) // the default is 2; 0 turns retries off
                .retryAmbiguousFailures(false) // the default: never risk a second agent
                .build();
        // docs:end retry-policy
        return client;
    }
}
