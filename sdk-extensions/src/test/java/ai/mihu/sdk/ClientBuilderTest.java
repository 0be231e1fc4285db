package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration mistakes fail when the client is built, with a message that says what to fix. */
class ClientBuilderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acme.evil.com/x",
                "../",
                "acme.evil.com",
                "acme/",
                "ac me",
                "UPPER CASE",
                "-acme",
                "acme-",
                "a_b",
                "acme:8080",
                "acme@evil",
                "ac\nme",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void rejectsSubdomainsThatAreNotOneDnsLabel(String subdomain) {
        assertThatThrownBy(() -> MihuClient.builder().subdomain(subdomain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a single DNS label")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingSubdomain(String subdomain) {
        assertThatThrownBy(() -> MihuClient.builder().subdomain(subdomain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subdomain is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "ACME", "a", "acme-eu-1", "0xabc"})
    void acceptsSingleLabelsCaseInsensitively(String subdomain) {
        try (MihuClient client =
                MihuClient.builder().subdomain(subdomain).apiToken(TOKEN).build()) {
            assertThat(client.baseUrl()).isEqualTo("https://" + subdomain.toLowerCase() + ".mihu.ai");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://acme.mihu.ai",
                "http://example.com:8080",
                "http://10.0.0.5",
                "http://localhost.evil.com",
                "http://127.0.0.1.nip.io"
            })
    void refusesPlainHttpForHostsThatAreNotLoopback(String url) {
        assertThatThrownBy(() -> MihuClient.builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Plain http would send the API token unencrypted");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080",
                "http://127.0.0.1:8080",
                "http://127.1.2.3",
                "http://[::1]:9000",
                "HTTP://LOCALHOST",
                "https://proxy.example.com/mihu/"
            })
    void acceptsLoopbackHttpAndAnyHttps(String url) {
        try (MihuClient client =
                MihuClient.builder().baseUrl(url).apiToken(TOKEN).build()) {
            assertThat(client.baseUrl()).doesNotEndWith("/");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://acme.mihu.ai",
                "acme.mihu.ai",
                "https://",
                "https://user:pw@acme.mihu.ai",
                "https://acme.mihu.ai?x=1",
                "https://acme.mihu.ai#f",
                "https://ac me.mihu.ai",
                " "
            })
    void rejectsBaseUrlsThatAreNotPlainAbsoluteUrls(String url) {
        assertThatThrownBy(() -> MihuClient.builder().baseUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseUrlOverridesSubdomain() {
        try (MihuClient client = MihuClient.builder()
                .subdomain("acme")
                .baseUrl("http://127.0.0.1:9")
                .apiToken(TOKEN)
                .build()) {
            assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:9");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void rejectsMissingOrBlankTokenNamingTheVariable(String token) {
        assertThatThrownBy(() -> MihuClient.builder().apiToken(token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIHU_API_TOKEN");
    }

    @Test
    void rejectsTokenWithANewlineWithoutRepeatingIt() {
        assertThatThrownBy(() -> MihuClient.builder().apiToken(TOKEN + "\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIHU_API_TOKEN")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void buildWithoutTokenNamesTheVariable() {
        assertThatThrownBy(() -> MihuClient.builder().subdomain("acme").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No API token: pass it to apiToken(...) or set the MIHU_API_TOKEN environment variable");
    }

    @Test
    void buildWithoutHostNamesBothVariables() {
        assertThatThrownBy(() -> MihuClient.builder().apiToken(TOKEN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIHU_SUBDOMAIN")
                .hasMessageContaining("MIHU_BASE_URL");
    }

    @Test
    void rejectsNonPositiveOrNullTimeouts() {
        MihuClient.Builder builder = MihuClient.builder();
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> builder.readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> builder.readTimeout(Duration.ofNanos(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.connectTimeout(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.readTimeout(Duration.ofDays(30))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeMaxRetriesAndNullLogLevel() {
        assertThatThrownBy(() -> MihuClient.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MihuClient.builder().logLevel(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeOrNullRetryWaitsNamingTheSetting() {
        MihuClient.Builder builder = MihuClient.builder();
        assertThatThrownBy(() -> builder.retryBackoff(Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retryBackoff initial must be zero or more, was PT-0.001S");
        assertThatThrownBy(() -> builder.retryBackoff(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retryBackoff max must be zero or more, was null");
        assertThatThrownBy(() -> builder.maxRetryAfter(Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxRetryAfter must be at most");
    }

    @Test
    void rejectsAConnectionPoolOfLessThanOne() {
        assertThatThrownBy(() -> MihuClient.builder().maxIdleConnections(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIdleConnections must be at least 1, was 0");
    }

    @Test
    void defaultsAreTenAndSixtySecondsTwoRetriesNoAmbiguousRetriesNoLoggingAndAPoolOf32() {
        try (MihuClient client =
                MihuClient.builder().subdomain("acme").apiToken(TOKEN).build()) {
            assertThat(client.toString())
                    .isEqualTo(
                            "MihuClient[baseUrl=https://acme.mihu.ai, timeout=PT3M, "
                                    + "connectTimeout=PT10S, readTimeout=PT1M, maxRetries=2, retryAmbiguousFailures=false, "
                                    + "retryBackoff=PT0.5S..PT8S, maxRetryAfter=PT1M, logLevel=NONE, maxIdleConnections=32, maxResponseBytes=8388608, maxConcurrentAsyncRequests=16]");
            assertThat(client.httpClient().dispatcher().getMaxRequests()).isEqualTo(16);
            assertThat(client.httpClient().dispatcher().getMaxRequestsPerHost()).isEqualTo(16);
            assertThat(client.httpClient().proxy()).isNull();
            assertThat(client.httpClient().connectTimeoutMillis()).isEqualTo(10_000);
            assertThat(client.httpClient().readTimeoutMillis()).isEqualTo(60_000);
            assertThat(client.httpClient().retryOnConnectionFailure()).isFalse();
            assertThat(client.httpClient().followRedirects()).isFalse();
        }
    }

    @Test
    void fromEnvReadsTokenAndSubdomain() {
        try (MihuClient client = MihuClient.fromEnv(Map.of("MIHU_API_TOKEN", TOKEN + "\n", "MIHU_SUBDOMAIN", "acme"))) {
            assertThat(client.baseUrl()).isEqualTo("https://acme.mihu.ai");
            assertThat(client.toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void fromEnvPrefersBaseUrlOverSubdomain() {
        try (MihuClient client = MihuClient.fromEnv(
                Map.of("MIHU_API_TOKEN", TOKEN, "MIHU_SUBDOMAIN", "acme", "MIHU_BASE_URL", "http://localhost:8080"))) {
            assertThat(client.baseUrl()).isEqualTo("http://localhost:8080");
        }
    }

    @Test
    void fromEnvWithoutTokenNamesTheVariable() {
        assertThatThrownBy(() -> MihuClient.fromEnv(Map.of("MIHU_SUBDOMAIN", "acme", "MIHU_API_TOKEN", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIHU_API_TOKEN");
    }

    @Test
    void fromEnvWithBadSubdomainNamesTheVariable() {
        assertThatThrownBy(() -> MihuClient.fromEnv(Map.of("MIHU_API_TOKEN", TOKEN, "MIHU_SUBDOMAIN", "acme.evil.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MIHU_SUBDOMAIN: ");
    }

    @Test
    void environmentCanBeCombinedWithOtherSettings() {
        try (MihuClient client = MihuClient.builder()
                .environment(Map.of("MIHU_API_TOKEN", TOKEN, "MIHU_SUBDOMAIN", "acme"))
                .maxRetries(0)
                .logLevel(LogLevel.BASIC)
                .build()) {
            assertThat(client.toString()).contains("maxRetries=0", "logLevel=BASIC");
        }
    }
}
