package ai.mihu.spring.boot;

import ai.mihu.sdk.MihuClient;
import java.time.Duration;
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
        setIfPresent(
                "retry-ambiguous-failures", properties.getRetryAmbiguousFailures(), builder::retryAmbiguousFailures);
        setIfPresent("max-idle-connections", properties.getMaxIdleConnections(), builder::maxIdleConnections);
        setIfPresent("log-level", properties.getLogLevel(), builder::logLevel);
        setIfPresent("timeout", properties.getTimeout(), builder::timeout);
        setIfPresent(
                "max-response-bytes",
                properties.getMaxResponseBytes(),
                size -> builder.maxResponseBytes(size.toBytes()));
        setIfPresent(
                "max-concurrent-async-requests",
                properties.getMaxConcurrentAsyncRequests(),
                builder::maxConcurrentAsyncRequests);
        applyRetryBackoff(builder);
        setIfPresent("max-retry-after", properties.getMaxRetryAfter(), builder::maxRetryAfter);
        applyProxy(builder);
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** The builder takes both waits at once, and the SDK's defaults are its own: so both or neither. */
    private void applyRetryBackoff(MihuClient.Builder builder) {
        Duration initial = properties.getInitialRetryBackoff();
        Duration max = properties.getMaxRetryBackoff();
        if (initial == null && max == null) {
            return;
        }
        if (initial == null || max == null) {
            String missing = initial == null ? "initial-retry-backoff" : "max-retry-backoff";
            String present = initial == null ? "max-retry-backoff" : "initial-retry-backoff";
            throw new InvalidMihuPropertyException(
                    MihuProperties.PREFIX + "." + missing,
                    "set it together with " + MihuProperties.PREFIX + "." + present + ", or neither",
                    null);
        }
        setIfPresent("initial-retry-backoff", initial, value -> builder.retryBackoff(value, max));
    }

    /** Host and port together; credentials only with them, and the password never in a message. */
    private void applyProxy(MihuClient.Builder builder) {
        MihuProperties.Proxy proxy = properties.getProxy();
        if (proxy.getHost() == null) {
            if (proxy.getPort() != null || proxy.getUsername() != null || proxy.getPassword() != null) {
                throw new InvalidMihuPropertyException(
                        MihuProperties.PREFIX + ".proxy.host",
                        "the other mihu.proxy properties are set but not the proxy's host",
                        null);
            }
            return;
        }
        if (proxy.getPort() == null) {
            throw new InvalidMihuPropertyException(
                    MihuProperties.PREFIX + ".proxy.port", "set the proxy's port with its host", null);
        }
        int port = proxy.getPort();
        try {
            builder.proxy(proxy.getHost(), port);
        } catch (IllegalArgumentException e) {
            String property = port < 1 || port > 65_535 ? "proxy.port" : "proxy.host";
            throw new InvalidMihuPropertyException(MihuProperties.PREFIX + "." + property, e.getMessage(), e);
        }
        if (proxy.getUsername() == null && proxy.getPassword() == null) {
            return;
        }
        if (proxy.getUsername() == null || proxy.getPassword() == null) {
            String missing = proxy.getUsername() == null ? "username" : "password";
            throw new InvalidMihuPropertyException(
                    MihuProperties.PREFIX + ".proxy." + missing,
                    "the proxy's user name and password are set together, or neither",
                    null);
        }
        // The SDK's message for a rejected credential names the problem, never the password.
        setIfPresent(
                "proxy.username",
                proxy.getUsername(),
                username -> builder.proxyCredentials(username, proxy.getPassword()));
    }

    private void applyConnection(MihuClient.Builder builder) {
        String token = connection.apiToken();
        if (token == null || token.isBlank()) {
            throw invalidConnection(
                    "api-token",
                    null,
                    "a Mihu API token is required and none is set. Set " + MihuProperties.PREFIX
                            + ".api-token, for example from the MIHU_API_TOKEN environment variable");
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
            throw invalidConnection(
                    "subdomain",
                    null,
                    "no Mihu host is set. Set " + MihuProperties.PREFIX
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
        return new IllegalStateException(
                "The MihuConnectionDetails bean " + connection.getClass().getName() + " gave an unusable " + property
                        + ": " + reason,
                cause);
    }
}
