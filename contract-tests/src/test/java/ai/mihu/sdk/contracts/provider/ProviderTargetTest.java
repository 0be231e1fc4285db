package ai.mihu.sdk.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The verification reaches the provider the base URL names, by its scheme, host, port and path. */
class ProviderTargetTest {

    @Test
    void aLoopbackMockIsReachedOverHttpOnItsPort() {
        HttpTestTarget target = (HttpTestTarget) ProviderTarget.at("http://127.0.0.1:50123");

        assertThat(target).isNotInstanceOf(HttpsTestTarget.class);
        assertThat(target.getHost()).isEqualTo("127.0.0.1");
        assertThat(target.getPort()).isEqualTo(50123);
        assertThat(target.getPath()).isEqualTo("/");
    }

    @Test
    void aDeploymentIsReachedOverHttpsOnTheDefaultPortUnderItsPath() {
        HttpTestTarget target = (HttpTestTarget) ProviderTarget.at("https://staging.mihu.example/gateway");

        assertThat(target).isInstanceOf(HttpsTestTarget.class);
        assertThat(target.getHost()).isEqualTo("staging.mihu.example");
        assertThat(target.getPort()).isEqualTo(443);
        assertThat(target.getPath()).isEqualTo("/gateway");
    }

    @Test
    void theClientSendsEachRequestOnceEvenWhenTheAnswerInvitesARetry() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", "0");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpTestTarget target = (HttpTestTarget) ProviderTarget.at(baseUrl);

            try (CloseableHttpClient client =
                    target.getHttpClientFactory().invoke().newClient(null)) {
                int status = client.execute(new HttpPost(baseUrl + "/api/v1/agents"), HttpResponse::getCode);
                assertThat(status).isEqualTo(503);
            }
            // Pact's default client would have sent it again after the Retry-After.
            assertThat(requests).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:8080", "ftp://127.0.0.1/", "/api/v1"})
    void rejectsABaseUrlThatIsNotAnAbsoluteHttpUrl(String baseUrl) {
        assertThatThrownBy(() -> ProviderTarget.at(baseUrl))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(baseUrl);
    }
}
