package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.AGENTS_PATH;
import static ai.mihu.sdk.Fixtures.TOKEN;
import static ai.mihu.sdk.Fixtures.created;
import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.model.Agent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Views made with {@code forTenant}, {@code forBaseUrl} and {@code withOptions}: their own tenant
 * and options, the root's pool and threads.
 */
class ClientViewsTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private static final String RATE_LIMITED =
            Fixtures.errorBody("Too many requests", "RATE_LIMIT_EXCEEDED", null, null);

    @Test
    void extraHeadersOfAViewAreSentWithItsRequestsOnly() {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            client.withOptions(o -> o.header("X-Request-Id", "req-1").header("x-request-id", "req-2"))
                    .agents()
                    .create(Fixtures.validRequest());
            client.agents().create(Fixtures.validRequest());
        }
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH)));
        assertThat(requests.get(0).getHeaders().getHeader("X-Request-Id").values())
                .containsExactly("req-2");
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(requests.get(1).containsHeader("X-Request-Id")).isFalse();
    }

    @Test
    void rejectsExtraHeadersThatWouldReplaceWhatTheSdkSendsBeforeSendingAnything() {
        for (String reserved : List.of(
                "Authorization",
                "authorization",
                "Proxy-Authorization",
                "Host",
                "Content-Length",
                "Transfer-Encoding",
                "Content-Type",
                "User-Agent")) {
            assertThatThrownBy(() -> RequestOptions.builder().header(reserved, "x"))
                    .as(reserved)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("set by the SDK");
        }
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Id", "a\r\nAuthorization: Bearer stolen"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("stolen");
        assertThatThrownBy(() -> RequestOptions.builder().header("Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aViewsMaxRetriesOverridesTheClientsAndDiagnosticsCountTheAttempts() {
        server.stubFor(post(AGENTS_PATH).willReturn(json(429, RATE_LIMITED).withHeader("Retry-After", "0")));
        try (MihuClient client =
                Fixtures.clientFor(server.getPort()).maxRetries(2).build()) {
            RateLimitException once = catchThrowableOfType(
                    RateLimitException.class,
                    () -> client.withOptions(o -> o.maxRetries(0)).agents().create(Fixtures.validRequest()));
            assertThat(once.attempts()).isEqualTo(1);
            server.verify(1, postRequestedFor(urlEqualTo(AGENTS_PATH)));

            RateLimitException thrice = catchThrowableOfType(
                    RateLimitException.class, () -> client.agents().create(Fixtures.validRequest()));
            assertThat(thrice.attempts()).isEqualTo(3);
            assertThat(thrice.elapsed()).isPositive();
            server.verify(4, postRequestedFor(urlEqualTo(AGENTS_PATH)));
        }
    }

    @Test
    void aResponseTellsHowManyAttemptsItTookAndHowLong() {
        server.stubFor(post(AGENTS_PATH)
                .inScenario("once")
                .whenScenarioStateIs(STARTED)
                .willReturn(json(503, ""))
                .willSetStateTo("ok"));
        server.stubFor(
                post(AGENTS_PATH).inScenario("once").whenScenarioStateIs("ok").willReturn(created()));
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            MihuResponse<Agent> response = client.agents().createWithResponse(Fixtures.validRequest());

            server.verify(2, postRequestedFor(urlEqualTo(AGENTS_PATH)));
            assertThat(response.attempts()).isEqualTo(2);
            assertThat(response.elapsed()).isPositive().isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void viewsShareTheRootsPoolAndClosingAViewIsHarmlessButClosingTheRootClosesAll() {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        MihuClient root = Fixtures.clientFor(server.getPort()).build();
        MihuClient tenant = root.forBaseUrl("http://localhost:" + server.getPort(), "sk_other_tenant_123456");
        MihuClient options = tenant.withOptions(o -> o.timeout(Duration.ofSeconds(5)));

        assertThat(tenant.httpClient()).isSameAs(root.httpClient());
        assertThat(options.httpClient()).isSameAs(root.httpClient());
        assertThat(options.baseUrl()).isEqualTo("http://localhost:" + server.getPort());
        tenant.close();
        options.close();
        options.agents().create(Fixtures.validRequest());

        root.close();
        assertThatThrownBy(() -> options.agents().create(Fixtures.validRequest()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(options.toString()).endsWith(", closed]");
    }

    @Test
    void eachViewSendsItsOwnHostAndToken() {
        server.stubFor(post(AGENTS_PATH).willReturn(created()));
        try (MihuClient root = Fixtures.clientFor(server.getPort()).build()) {
            root.forBaseUrl("http://localhost:" + server.getPort(), "sk_tenant_localhost_1")
                    .agents()
                    .create(Fixtures.validRequest());
            root.agents().create(Fixtures.validRequest());
        }
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(AGENTS_PATH)));
        assertThat(requests.get(0).getHeader("Host")).isEqualTo("localhost:" + server.getPort());
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer sk_tenant_localhost_1");
        assertThat(requests.get(1).getHeader("Host")).isEqualTo("127.0.0.1:" + server.getPort());
        assertThat(requests.get(1).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void fiveHundredTenantViewsShareOnePoolAndAFewThreadsAndEachSendsItsOwnToken() throws Exception {
        server.stubFor(post(urlPathMatching("/t[0-9]+/api/v1/agents")).willReturn(created()));
        int tenants = 500;
        try (MihuClient root = Fixtures.clientFor(server.getPort())
                .maxConcurrentAsyncRequests(8)
                .build()) {
            List<MihuClient> views = new ArrayList<>();
            for (int i = 0; i < tenants; i++) {
                views.add(root.forBaseUrl("http://127.0.0.1:" + server.getPort() + "/t" + i, tenantToken(i)));
            }
            // Half the tenants call synchronously from a few threads, half asynchronously.
            ExecutorService callers = Executors.newFixedThreadPool(4);
            List<Future<Agent>> sync = new ArrayList<>();
            List<CompletableFuture<Agent>> async = new ArrayList<>();
            try {
                for (int i = 0; i < tenants; i++) {
                    MihuClient view = views.get(i);
                    if (i % 2 == 0) {
                        sync.add(callers.submit(() -> view.agents().create(Fixtures.validRequest())));
                    } else {
                        async.add(view.async().agents().create(Fixtures.validRequest()));
                    }
                }
                for (Future<Agent> call : sync) {
                    assertThat(call.get(30, TimeUnit.SECONDS).getName()).isEqualTo("Sales Agent");
                }
                for (CompletableFuture<Agent> call : async) {
                    assertThat(call.get(30, TimeUnit.SECONDS).getName()).isEqualTo("Sales Agent");
                }
            } finally {
                callers.shutdownNow();
            }

            for (MihuClient view : views) {
                assertThat(view.httpClient()).isSameAs(root.httpClient());
            }
            // Asynchronous calls ran on at most maxConcurrentAsyncRequests threads, whatever the tenants.
            ThreadPoolExecutor dispatcher =
                    (ThreadPoolExecutor) root.httpClient().dispatcher().executorService();
            // OkHttp hands a queued call to the executor just before the thread that finished the
            // previous one is free again, so a few more threads than that can start; none per tenant.
            assertThat(dispatcher.getLargestPoolSize()).isBetween(1, 2 * 8);
        }
        Map<String, List<String>> tokensByPath =
                server.findAll(postRequestedFor(urlPathMatching("/t[0-9]+/.*"))).stream()
                        .collect(Collectors.groupingBy(
                                LoggedRequest::getUrl,
                                Collectors.mapping(r -> r.getHeader("Authorization"), Collectors.toList())));
        assertThat(tokensByPath).hasSize(tenants);
        for (int i = 0; i < tenants; i++) {
            assertThat(tokensByPath.get("/t" + i + AGENTS_PATH)).containsExactly("Bearer " + tenantToken(i));
        }
    }

    private static String tenantToken(int tenant) {
        return "sk_tenant_" + tenant + "_5f1d7a2c8b4e";
    }
}
