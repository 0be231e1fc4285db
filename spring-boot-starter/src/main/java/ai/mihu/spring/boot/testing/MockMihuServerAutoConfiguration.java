package ai.mihu.spring.boot.testing;

import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.spring.boot.MihuAutoConfiguration;
import ai.mihu.spring.boot.MihuConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Starts a {@link MockMihuServer} bean and hands its address and token to
 * {@link MihuAutoConfiguration} as {@link MihuConnectionDetails}. Imported by
 * {@link AutoConfigureMockMihuServer} only: it is not listed among the starter's
 * auto-configurations, so an application never starts a mock server by itself.
 */
@AutoConfiguration(before = MihuAutoConfiguration.class)
@ConditionalOnClass(MockMihuServer.class)
public class MockMihuServerAutoConfiguration {

    /** Creates the configuration; {@link AutoConfigureMockMihuServer} imports it. */
    public MockMihuServerAutoConfiguration() {}

    /**
     * The embedded server on a free loopback port, closed with the context.
     *
     * @return the started server
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public MockMihuServer mockMihuServer() {
        return MockMihuServer.builder().start();
    }

    /**
     * The server's base URL and token, in place of the {@code mihu.*} connection properties.
     *
     * @param server the embedded server
     * @return the connection details
     */
    @Bean
    public MihuConnectionDetails mockMihuServerConnectionDetails(MockMihuServer server) {
        return new MihuConnectionDetails() {
            @Override
            public String apiToken() {
                return server.apiToken();
            }

            @Override
            public String baseUrl() {
                return server.baseUrl();
            }
        };
    }
}
