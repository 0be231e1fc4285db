package ai.mihu.sdk.contracts.provider;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.TestTarget;
import java.net.URI;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The provider the pacts are replayed against, reached by an HTTP client that sends each request
 * exactly once.
 *
 * <p>Pact's default client retries a 429 or 503 answer after its {@code Retry-After}, so the
 * rate-limit and maintenance interactions would be verified against the answer to a second,
 * unrecorded request (and wait out the delay first). The contract is about one exchange.
 */
final class ProviderTarget {

    private static final Function0<IHttpClientFactory> SEND_ONCE = () -> provider ->
            HttpClients.custom().useSystemProperties().disableAutomaticRetries().build();

    private ProviderTarget() {}

    /**
     * A target for a base URL such as {@code http://127.0.0.1:50123} or
     * {@code https://acme.mihu.ai}; the pacts' paths ({@code /api/v1/agents}) go after it.
     *
     * @param baseUrl an absolute {@code http} or {@code https} URL
     * @return the target
     * @throws IllegalArgumentException if the URL is not an absolute http or https URL
     */
    static TestTarget at(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException(
                    "The provider's base URL must be an absolute http or https URL, not '" + baseUrl + "'");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return https
                ? new HttpsTestTarget(uri.getHost(), port, path, false, SEND_ONCE)
                : new HttpTestTarget(uri.getHost(), port, path, SEND_ONCE);
    }
}
