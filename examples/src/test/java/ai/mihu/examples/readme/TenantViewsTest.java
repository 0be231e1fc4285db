package ai.mihu.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Runs the README's tenant-view code against the embedded server. */
class TenantViewsTest {

    @Test
    void aTenantViewTargetsTheTenantsHost() {
        try (MihuClient root =
                MihuClient.builder().subdomain("example").apiToken("root-token").build()) {
            assertEquals(
                    "https://acme.mihu.ai",
                    TenantViews.tenant(root, "acme", "acme-token").baseUrl());
        }
    }

    @Test
    void aCallWithItsOwnOptionsSendsTheViewsTokenAndTheRequestIdOnce() throws Exception {
        try (MockMihuServer server =
                        MockMihuServer.builder().apiToken("acme-token").start();
                MihuClient root = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken("root-token")
                        .build()) {
            // On loopback a tenant is a base URL; forTenant(subdomain, token) makes the same kind of view.
            MihuClient tenant = root.forBaseUrl(server.baseUrl(), "acme-token");

            Agent agent = TenantViews.createOnce(
                    tenant,
                    "req-42",
                    CreateAgentRequests.builder("Support Agent").build());

            assertEquals("Support Agent", agent.getName());
            RecordedRequest recorded = server.recordedRequests().get(0);
            assertEquals("req-42", recorded.header("X-Request-Id").orElseThrow());
            assertEquals(1, server.recordedRequests().size());
        }
    }

    @Test
    void createsLaterWithoutBlocking() throws Exception {
        try (MockMihuServer server = MockMihuServer.builder().start();
                MihuClient client = MihuClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(server.apiToken())
                        .build()) {
            Agent agent = TenantViews.createLater(
                            client, CreateAgentRequests.builder("Async Agent").build())
                    .get();

            assertEquals("Async Agent", agent.getName());
        }
    }
}
