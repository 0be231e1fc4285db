package ai.mihu.examples;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.MihuResponse;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One client serving several tenants, per-call options and a non-blocking create. The docs
 * portal's getting-started guide shows these regions; {@code ClientViewsExampleTest} runs them
 * against the embedded server.
 */
public final class ClientViewsExample {

    private ClientViewsExample() {}

    /**
     * Creates an agent for a tenant through a view of a shared client.
     *
     * @param shared the one client of the application
     * @param tenantBaseUrl the tenant's base URL (in production, {@code forTenant(subdomain, token)})
     * @param tenantToken the tenant's API token
     * @return the created agent
     */
    public static Agent createForTenant(MihuClient shared, String tenantBaseUrl, String tenantToken) {
        // docs:start tenant-views
        // One root client for the whole application; a cheap view per tenant shares its pool and threads.
        MihuClient tenant = shared.forBaseUrl(tenantBaseUrl, tenantToken); // or forTenant("acme", token)
        Agent agent = tenant.agents()
                .create(CreateAgentRequests.builder("Support Agent").build());
        // docs:end tenant-views
        return agent;
    }

    /**
     * Creates an agent with options for this call only.
     *
     * @param client the client
     * @param requestId an identifier to send along
     * @return the response, with its diagnostics
     */
    public static MihuResponse<Agent> createWithOptions(MihuClient client, String requestId) {
        // docs:start call-options
        MihuResponse<Agent> response = client.withOptions(
                        o -> o.timeout(Duration.ofSeconds(20)) // the whole call, retries included
                                .maxRetries(1)
                                .header("X-Request-Id", requestId))
                .agents()
                .createWithResponse(CreateAgentRequests.builder("Support Agent").build());
        System.out.printf(
                "created in %d attempt(s), %d ms%n",
                response.attempts(), response.elapsed().toMillis());
        // docs:end call-options
        return response;
    }

    /**
     * Creates an agent without blocking.
     *
     * @param client the client
     * @return a future of the created agent's name
     */
    public static CompletableFuture<String> createAsync(MihuClient client) {
        // docs:start async-create
        CompletableFuture<String> name = client.async()
                .agents()
                .create(CreateAgentRequests.builder("Support Agent").build())
                .thenApply(Agent::getName); // fails with the same typed exceptions as create()
        // name.cancel(true) would cancel the HTTP call in flight
        // docs:end async-create
        return name;
    }
}
