package ai.mihu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.LogLevel;
import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.spring.boot.testing.MockMihuServerAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

class MihuAutoConfigurationTest {

    private static final String TOKEN = "sk-live-do-not-print-1234";

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MihuAutoConfiguration.class));

    @Test
    void buildsOneClientFromTheTokenAndSubdomain() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme")
                .run(context -> {
                    assertThat(context).hasSingleBean(MihuClient.class);
                    assertThat(context.getBean(MihuClient.class).baseUrl()).isEqualTo("https://acme.mihu.ai");
                });
    }

    @Test
    void baseUrlOverridesTheSubdomain() {
        runner.withPropertyValues(
                        "mihu.api-token=" + TOKEN,
                        "mihu.subdomain=acme",
                        "mihu.base-url=https://proxy.example.com/mihu")
                .run(context -> assertThat(context.getBean(MihuClient.class).baseUrl())
                        .isEqualTo("https://proxy.example.com/mihu"));
    }

    @Test
    void appliesEveryClientProperty() {
        runner.withPropertyValues(
                        "mihu.api-token=" + TOKEN,
                        "mihu.subdomain=acme",
                        "mihu.connect-timeout=3s",
                        "mihu.read-timeout=45s",
                        "mihu.max-retries=0",
                        "mihu.retry-ambiguous-failures=true",
                        "mihu.max-idle-connections=4",
                        "mihu.log-level=headers")
                .run(context -> assertThat(context.getBean(MihuClient.class).toString())
                        .contains(
                                "connectTimeout=PT3S",
                                "readTimeout=PT45S",
                                "maxRetries=0",
                                "retryAmbiguousFailures=true",
                                "maxIdleConnections=4",
                                "logLevel=HEADERS"));
    }

    @Test
    void appliesTheDeadlineSizeLimitAndAsyncLimit() {
        runner.withPropertyValues(
                        "mihu.api-token=" + TOKEN,
                        "mihu.subdomain=acme",
                        "mihu.timeout=30s",
                        "mihu.max-response-bytes=1MB",
                        "mihu.max-concurrent-async-requests=4")
                .run(context -> assertThat(context.getBean(MihuClient.class).toString())
                        .contains("timeout=PT30S", "maxResponseBytes=1048576", "maxConcurrentAsyncRequests=4"));
    }

    @Test
    void appliesTheRetryWaits() {
        runner.withPropertyValues(
                        "mihu.api-token=" + TOKEN,
                        "mihu.subdomain=acme",
                        "mihu.initial-retry-backoff=100ms",
                        "mihu.max-retry-backoff=2s",
                        "mihu.max-retry-after=5s")
                .run(context -> assertThat(context.getBean(MihuClient.class).toString())
                        .contains("retryBackoff=PT0.1S..PT2S", "maxRetryAfter=PT5S"));
    }

    @Test
    void oneRetryBackoffWithoutTheOtherIsReportedNamingTheMissingOne() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme", "mihu.initial-retry-backoff=1s")
                .run(context -> assertThat(rootInvalidProperty(context.getStartupFailure()))
                        .satisfies(e -> assertThat(e.property()).isEqualTo("mihu.max-retry-backoff"))
                        .hasMessageContaining("mihu.initial-retry-backoff"));
    }

    @Test
    void appliesTheProxyAndItsCredentialsWithoutShowingThePassword() {
        String password = "proxy-secret-pw-9876";
        runner.withPropertyValues(
                        "mihu.api-token=" + TOKEN,
                        "mihu.subdomain=acme",
                        "mihu.proxy.host=proxy.corp",
                        "mihu.proxy.port=3128",
                        "mihu.proxy.username=svc-mihu",
                        "mihu.proxy.password=" + password)
                .run(context -> {
                    MihuClient client = context.getBean(MihuClient.class);
                    assertThat(client.toString())
                            .contains("proxy=proxy.corp:3128 (as svc-mihu")
                            .doesNotContain(password);
                    assertThat(context.getBean(MihuProperties.class).toString())
                            .contains("host=proxy.corp", "password=(set)")
                            .doesNotContain(password);
                });
    }

    @Test
    void inconsistentProxyPropertiesAreReportedWithTheOneToFix() {
        String password = "proxy-secret-pw-9876";
        assertProxyFailure("mihu.proxy.host", "mihu.proxy.port=3128");
        assertProxyFailure("mihu.proxy.port", "mihu.proxy.host=proxy.corp");
        assertProxyFailure("mihu.proxy.port", "mihu.proxy.host=proxy.corp", "mihu.proxy.port=70000");
        assertProxyFailure("mihu.proxy.host", "mihu.proxy.host=proxy corp", "mihu.proxy.port=3128");
        assertProxyFailure(
                "mihu.proxy.username",
                "mihu.proxy.host=proxy.corp",
                "mihu.proxy.port=3128",
                "mihu.proxy.password=" + password);
        assertProxyFailure(
                "mihu.proxy.password",
                "mihu.proxy.host=proxy.corp",
                "mihu.proxy.port=3128",
                "mihu.proxy.username=svc-mihu");
        runner.withPropertyValues(
                        "mihu.api-token=" + TOKEN,
                        "mihu.subdomain=acme",
                        "mihu.proxy.host=proxy.corp",
                        "mihu.proxy.port=3128",
                        "mihu.proxy.username=svc\tmihu",
                        "mihu.proxy.password=" + password)
                .run(context -> {
                    InvalidMihuPropertyException failure = rootInvalidProperty(context.getStartupFailure());
                    assertThat(failure.property()).isEqualTo("mihu.proxy.username");
                    assertThat(failure.getMessage()).doesNotContain(password);
                });
    }

    @Test
    void outOfRangeLimitsAreReportedWithTheirProperty() {
        assertInvalid("mihu.max-response-bytes", "mihu.max-response-bytes=10B");
        assertInvalid("mihu.max-concurrent-async-requests", "mihu.max-concurrent-async-requests=0");
        assertInvalid("mihu.timeout", "mihu.timeout=0s");
        assertInvalid("mihu.max-retry-after", "mihu.max-retry-after=-1s");
    }

    @Test
    void recordsMetricsInTheApplicationsMeterRegistry() {
        runner.withConfiguration(AutoConfigurations.of(MockMihuServerAutoConfiguration.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    MihuClient client = context.getBean(MihuClient.class);
                    assertThat(client.toString()).contains("metrics=micrometer");

                    client.agents()
                            .create(CreateAgentRequests.builder("Metered Agent").build());

                    Timer timer = context.getBean(MeterRegistry.class)
                            .get("mihu.client.requests")
                            .tags("operation", "createAgent", "outcome", "success")
                            .timer();
                    assertThat(timer.count()).isEqualTo(1);
                });
    }

    @Test
    void recordsNoMetricsWhenTurnedOff() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme", "mihu.metrics.enabled=false")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context ->
                        assertThat(context.getBean(MihuClient.class).toString()).doesNotContain("metrics"));
    }

    @Test
    void recordsNoMetricsWithoutARegistryBean() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme")
                .run(context ->
                        assertThat(context.getBean(MihuClient.class).toString()).doesNotContain("metrics"));
    }

    @Test
    void startsWithoutMicrometerOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer"))
                .withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme")
                .run(context -> {
                    assertThat(context)
                            .hasNotFailed()
                            .hasSingleBean(MihuClient.class)
                            .doesNotHaveBean("mihuMeterRegistryCustomizer");
                    assertThat(context.getBean(MihuClient.class).toString()).doesNotContain("metrics");
                });
    }

    @Test
    void unsetPropertiesKeepTheSdkDefaults() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme")
                .run(context -> {
                    String configured = context.getBean(MihuClient.class).toString();
                    try (MihuClient plain = MihuClient.builder()
                            .apiToken(TOKEN)
                            .subdomain("acme")
                            .build()) {
                        assertThat(configured).isEqualTo(plain.toString());
                    }
                });
    }

    @Test
    void closesTheClientWithTheContext() {
        MihuClient[] client = new MihuClient[1];
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme")
                .run(context -> {
                    client[0] = context.getBean(MihuClient.class);
                    assertThat(client[0].toString()).doesNotContain("closed");
                });
        assertThat(client[0].toString()).endsWith(", closed]");
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnClient() {
        runner.withBean(
                        "ownClient",
                        MihuClient.class,
                        () -> MihuClient.builder()
                                .apiToken(TOKEN)
                                .subdomain("own")
                                .build())
                .run(context -> {
                    assertThat(context).hasSingleBean(MihuClient.class);
                    assertThat(context.getBean(MihuClient.class).baseUrl()).isEqualTo("https://own.mihu.ai");
                });
    }

    @Test
    void missingTokenFailsStartupNamingTheProperty() {
        runner.withPropertyValues("mihu.subdomain=acme").run(context -> {
            assertThat(context).hasFailed();
            InvalidMihuPropertyException failure = rootInvalidProperty(context.getStartupFailure());
            assertThat(failure.property()).isEqualTo("mihu.api-token");
            assertThat(failure).hasMessageContaining("mihu.api-token").hasMessageContaining("MIHU_API_TOKEN");

            FailureAnalysis analysis = new InvalidMihuPropertyFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("mihu.api-token");
            assertThat(analysis.getAction()).contains("'mihu.api-token'");
        });
    }

    @Test
    void blankTokenCountsAsMissing() {
        runner.withPropertyValues("mihu.api-token=  ", "mihu.subdomain=acme")
                .run(context -> assertThat(
                                rootInvalidProperty(context.getStartupFailure()).property())
                        .isEqualTo("mihu.api-token"));
    }

    @Test
    void rejectedTokenIsNamedButNeverShown() {
        String badToken = TOKEN + " trailing";
        runner.withPropertyValues("mihu.api-token=" + badToken, "mihu.subdomain=acme")
                .run(context -> {
                    InvalidMihuPropertyException failure = rootInvalidProperty(context.getStartupFailure());
                    assertThat(failure.property()).isEqualTo("mihu.api-token");
                    assertThat(failure.getMessage()).doesNotContain(TOKEN);
                    FailureAnalysis analysis =
                            new InvalidMihuPropertyFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(TOKEN);
                });
    }

    @Test
    void missingHostFailsStartupNamingSubdomainAndBaseUrl() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN).run(context -> {
            InvalidMihuPropertyException failure = rootInvalidProperty(context.getStartupFailure());
            assertThat(failure.property()).isEqualTo("mihu.subdomain");
            assertThat(failure).hasMessageContaining("mihu.base-url");
        });
    }

    @Test
    void invalidSubdomainIsReportedWithItsProperty() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme.evil.com/x")
                .run(context -> assertThat(
                                rootInvalidProperty(context.getStartupFailure()).property())
                        .isEqualTo("mihu.subdomain"));
    }

    @Test
    void plainHttpBaseUrlForARemoteHostIsReportedWithItsProperty() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.base-url=http://proxy.example.com")
                .run(context -> assertThat(
                                rootInvalidProperty(context.getStartupFailure()).property())
                        .isEqualTo("mihu.base-url"));
    }

    @Test
    void negativeMaxRetriesIsReportedWithItsProperty() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme", "mihu.max-retries=-1")
                .run(context -> assertThat(
                                rootInvalidProperty(context.getStartupFailure()).property())
                        .isEqualTo("mihu.max-retries"));
    }

    @Test
    void zeroReadTimeoutIsReportedWithItsProperty() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme", "mihu.read-timeout=0s")
                .run(context -> assertThat(
                                rootInvalidProperty(context.getStartupFailure()).property())
                        .isEqualTo("mihu.read-timeout"));
    }

    @Test
    void customizersRunInOrderAfterTheProperties() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme", "mihu.read-timeout=45s")
                .withUserConfiguration(Customizers.class)
                .run(context -> assertThat(context.getBean(MihuClient.class).toString())
                        .contains("readTimeout=PT2S", "logLevel=BASIC"));
    }

    @Test
    void connectionDetailsBeanReplacesTheConnectionProperties() {
        runner.withPropertyValues("mihu.max-retries=1")
                .withBean(MihuConnectionDetails.class, () -> new MihuConnectionDetails() {
                    @Override
                    public String apiToken() {
                        return TOKEN;
                    }

                    @Override
                    public String subdomain() {
                        return "vault";
                    }
                })
                .run(context -> assertThat(context.getBean(MihuClient.class).toString())
                        .contains("baseUrl=https://vault.mihu.ai", "maxRetries=1"));
    }

    @Test
    void mockServerConfigurationPointsTheClientAtAnEmbeddedServer() {
        runner.withConfiguration(AutoConfigurations.of(MockMihuServerAutoConfiguration.class))
                .withPropertyValues("mihu.read-timeout=7s")
                .run(context -> {
                    MockMihuServer server = context.getBean(MockMihuServer.class);
                    MihuClient client = context.getBean(MihuClient.class);
                    assertThat(client.baseUrl()).isEqualTo(server.baseUrl()).startsWith("http://127.0.0.1:");
                    assertThat(client.toString()).contains("readTimeout=PT7S");

                    Agent agent = client.agents()
                            .create(CreateAgentRequests.builder("Boot Agent").build());

                    assertThat(agent.getName()).isEqualTo("Boot Agent");
                    assertThat(server.createdAgents()).hasSize(1);
                });
    }

    @Test
    void propertiesNeverShowTheToken() {
        MihuProperties properties = new MihuProperties();
        properties.setApiToken(TOKEN);
        properties.setSubdomain("acme");
        assertThat(properties.toString()).doesNotContain(TOKEN).contains("apiToken=(set)", "subdomain=acme");
        assertThat(new PropertiesMihuConnectionDetails(properties).toString()).doesNotContain(TOKEN);
    }

    private void assertProxyFailure(String property, String... proxyProperties) {
        assertInvalid(property, proxyProperties);
    }

    private void assertInvalid(String property, String... properties) {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.subdomain=acme")
                .withPropertyValues(properties)
                .run(context -> assertThat(
                                rootInvalidProperty(context.getStartupFailure()).property())
                        .as("the property reported for %s", String.join(", ", properties))
                        .isEqualTo(property));
    }

    private static InvalidMihuPropertyException rootInvalidProperty(Throwable failure) {
        Throwable current = failure;
        while (current != null) {
            if (current instanceof InvalidMihuPropertyException invalid) {
                return invalid;
            }
            current = current.getCause();
        }
        throw new AssertionError("no InvalidMihuPropertyException in " + failure, failure);
    }

    static class Customizers {

        @org.springframework.context.annotation.Bean
        @Order(2)
        MihuClientCustomizer quieterLogs() {
            return builder -> builder.logLevel(LogLevel.BASIC);
        }

        @org.springframework.context.annotation.Bean
        @Order(1)
        MihuClientCustomizer shortReadTimeout() {
            return builder -> builder.readTimeout(Duration.ofSeconds(2)).logLevel(LogLevel.BODY);
        }
    }
}
