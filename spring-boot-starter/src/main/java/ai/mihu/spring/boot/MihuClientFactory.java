package ai.mihu.spring.boot;

import ai.mihu.sdk.MihuClient;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the auto-configured {@link MihuClient}: connection details first, then the other
 * {@code mihu.*} properties, then the customizers.
 *
 * <p>The SDK's builder already checks every value; this class only says which property a rejected
 * value came from, as an {@link InvalidMihuPropertyException} that names it (never its value).
 */
final class MihuClientFactory {

    private final MihuProperties properties;
    private final MihuConnectionDetails connection;

    MihuClientFactory(MihuProperties properties, MihuConnectionDetails connection) {
        this.properties = properties;
        this.connection = connection;
    }

    MihuClient create(List<MihuClientCustomizer> customizers) {
        MihuClient.Builder builder = MihuClient.builder();
        applyConnection(builder);
        setIfPresent("connect-timeout", properties.getConnectTimeout(), builder::connectTimeout);
        setIfPresent("read-timeout", properties.getReadTimeout(), builder::readTimeout);
        setIfPresent("max-retries", properties.getMaxRetries(), builder::maxRetries);
        setIfPresent("retry-ambiguous-failures", properties.getRetryAmbiguousFailures(),
                builder::retryAmbiguousFailures);
        setIfPresent("max-idle-connections", properties.getMaxIdleConnections(), builder::maxIdleConnections);
        setIfPresent("log-level", properties.getLogLevel(), builder::logLevel);
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private void applyConnection(MihuClient.Builder builder) {
        String token = connection.apiToken();
        if (token == null || token.isBlank()) {
            throw invalidConnection("api-token", null, "a Mihu API token is required and none is set. Set "
                    + MihuProperties.PREFIX + ".api-token, for example from the MIHU_API_TOKEN environment variable");
        }
        try {
            builder.apiToken(token);
        } catch (IllegalArgumentException e) {
            throw invalidConnection("api-token", e, e.getMessage());
        }
        String baseUrl = connection.baseUrl();
        String subdomain = connection.subdomain();
        if (baseUrl != null) {
            try {
                builder.baseUrl(baseUrl);
            } catch (IllegalArgumentException e) {
                throw invalidConnection("base-url", e, e.getMessage());
            }
        } else if (subdomain != null) {
            try {
                builder.subdomain(subdomain);
            } catch (IllegalArgumentException e) {
                throw invalidConnection("subdomain", e, e.getMessage());
            }
        } else {
            throw invalidConnection("subdomain", null, "no Mihu host is set. Set " + MihuProperties.PREFIX
                    + ".subdomain (acme for https://acme.mihu.ai) or " + MihuProperties.PREFIX + ".base-url");
        }
    }

    private static <T> void setIfPresent(String property, T value, Consumer<T> setter) {
        if (value == null) {
            return;
        }
        try {
            setter.accept(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidMihuPropertyException(MihuProperties.PREFIX + "." + property, e.getMessage(), e);
        }
    }

    /** Names the property when the details come from properties, the bean otherwise. */
    private RuntimeException invalidConnection(String property, IllegalArgumentException cause, String reason) {
        if (connection instanceof PropertiesMihuConnectionDetails) {
            return new InvalidMihuPropertyException(MihuProperties.PREFIX + "." + property, reason, cause);
        }
        return new IllegalStateException("The MihuConnectionDetails bean " + connection.getClass().getName()
                + " gave an unusable " + property + ": " + reason, cause);
    }
}
