package ai.mihu.examples.readme;

// docs:start readme-client-views
import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** One client for the whole application, with a view per tenant and per-call options. */
public final class TenantViews {

    private TenantViews() {}

    /**
     * A view of the root client for one tenant: its own host and token, the root's pool and threads.
     *
     * @param root the application's one client
     * @param subdomain the tenant's subdomain: {@code acme} for {@code https://acme.mihu.ai}
     * @param tenantToken the tenant's API token
     * @return the view; closing it does nothing, closing the root closes it
     */
    public static MihuClient tenant(MihuClient root, String subdomain, String tenantToken) {
        return root.forTenant(subdomain, tenantToken);
    }

    /**
     * Creates an agent with a deadline, no retries and a request id, for this call only.
     *
     * @param tenant the tenant's view (or any client)
     * @param requestId an identifier sent as {@code X-Request-Id}
     * @param request the agent to create
     * @return the created agent
     */
    public static Agent createOnce(MihuClient tenant, String requestId, CreateAgentRequest request) {
        return tenant.withOptions(o -> o.timeout(Duration.ofSeconds(10)) // this call's options only
                        .maxRetries(0)
                        .header("X-Request-Id", requestId)) // Authorization, Host... are refused
                .agents()
                .create(request);
    }

    /**
     * Creates an agent without blocking a thread.
     *
     * @param client the client, or a view of it
     * @param request the agent to create
     * @return a future of the created agent; {@code cancel(true)} cancels the HTTP call
     */
    public static CompletableFuture<Agent> createLater(MihuClient client, CreateAgentRequest request) {
        return client.async().agents().create(request);
    }
}
// docs:end readme-client-views
