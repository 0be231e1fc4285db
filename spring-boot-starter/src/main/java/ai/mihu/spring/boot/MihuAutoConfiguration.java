package ai.mihu.spring.boot;

import ai.mihu.sdk.MihuClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures one {@link MihuClient} from the {@code mihu.*} properties ({@link MihuProperties}).
 *
 * <p>The client is closed with the application context. The starter backs off when the
 * application defines its own {@link MihuClient} bean, and takes its host and token from a
 * {@link MihuConnectionDetails} bean when there is one. {@link MihuClientCustomizer} beans adjust
 * the builder last. A missing or invalid setting fails startup with the property's name.
 */
@AutoConfiguration
@ConditionalOnClass(MihuClient.class)
@EnableConfigurationProperties(MihuProperties.class)
public class MihuAutoConfiguration {

    /** Creates the auto-configuration; Spring Boot does this. */
    public MihuAutoConfiguration() {
    }

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
    public MihuClient mihuClient(MihuProperties properties, MihuConnectionDetails connection,
            ObjectProvider<MihuClientCustomizer> customizers) {
        return new MihuClientFactory(properties, connection).create(customizers.orderedStream().toList());
    }
}
