package ai.mihu.spring.boot;

import ai.mihu.sdk.MihuClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Auto-configures one {@link MihuClient} from the {@code mihu.*} properties ({@link MihuProperties}).
 *
 * <p>The client is closed with the application context. The starter backs off when the
 * application defines its own {@link MihuClient} bean, and takes its host and token from a
 * {@link MihuConnectionDetails} bean when there is one. {@link MihuClientCustomizer} beans adjust
 * the builder last. A missing or invalid setting fails startup with the property's name.
 *
 * <p>When Micrometer is on the class path and the application has a {@code MeterRegistry} bean
 * (Spring Boot Actuator makes one), the client records its metrics there
 * ({@link MihuMetricsConfiguration}); {@code mihu.metrics.enabled=false} turns that off.
 */
@AutoConfiguration
@ConditionalOnClass(MihuClient.class)
@EnableConfigurationProperties(MihuProperties.class)
public class MihuAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does this. */
    public MihuAutoConfiguration() {}

    /**
     * The host and token from the {@code mihu.*} properties, unless the application provides them.
     *
     * @param properties the bound properties
     * @return the connection details
     */
    @Bean
    @ConditionalOnMissingBean(MihuConnectionDetails.class)
    MihuConnectionDetails mihuConnectionDetails(MihuProperties properties) {
        return new PropertiesMihuConnectionDetails(properties);
    }

    /**
     * The shared, thread-safe client; closed when the context closes.
     *
     * @param properties the bound properties
     * @param connection where to connect and with which token
     * @param customizers builder adjustments, applied in order after the properties
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public MihuClient mihuClient(
            MihuProperties properties,
            MihuConnectionDetails connection,
            ObjectProvider<MihuClientCustomizer> customizers) {
        return new MihuClientFactory(properties, connection)
                .create(customizers.orderedStream().toList());
    }

    /**
     * Makes the client trust what the SSL bundle named by {@code mihu.ssl.bundle} trusts. Applied
     * before the application's customizers, which can still replace it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = MihuProperties.PREFIX + ".ssl", name = "bundle")
    static class MihuSslBundleConfiguration {

        /**
         * A customizer that gives the client the bundle's TLS context and trust manager.
         *
         * @param properties the bound properties, naming the bundle
         * @param bundles the application's SSL bundles (Spring Boot registers them)
         * @return the customizer
         */
        @Bean
        @Order(Integer.MIN_VALUE + 1)
        MihuClientCustomizer mihuSslBundleCustomizer(MihuProperties properties, ObjectProvider<SslBundles> bundles) {
            return MihuSslBundles.customizer(properties.getSsl().getBundle(), bundles.getIfAvailable());
        }
    }

    /**
     * Hands the application's {@code MeterRegistry} to the client's builder. Separate, and
     * conditional on Micrometer by class name, so that an application without Micrometer never
     * loads a class that names it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnProperty(prefix = MihuProperties.PREFIX + ".metrics", name = "enabled", matchIfMissing = true)
    static class MihuMetricsConfiguration {

        /**
         * A customizer that records metrics in the registry, if the context has exactly one
         * (or a primary one). The registry is looked up when the client is built, after every
         * auto-configuration has registered its beans, so the order of auto-configurations does
         * not matter. First in order, so that the application's customizers can still change it.
         *
         * @param registry the application's registry, if any
         * @return the customizer
         */
        @Bean
        @Order(Integer.MIN_VALUE)
        MihuClientCustomizer mihuMeterRegistryCustomizer(
                ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
            return builder -> registry.ifUnique(builder::meterRegistry);
        }
    }
}
