package ai.mihu.sdk.contracts.provider;

import ai.mihu.sdk.contracts.consumer.ProviderStates;
import java.util.Collection;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The API token the pacts' requests carry when they are replayed against a deployment of the
 * API. The pacts record the example token {@code test-token}; a deployment's tenant has a token
 * of its own, given in the environment variable {@code MIHU_PROVIDER_API_TOKEN}. It replaces the
 * example in every request except those whose provider state is an invalid token, which must stay
 * invalid. The token is only ever put into the request's header. There is deliberately no system
 * property for it: Surefire writes every {@code -D} property into its XML reports.
 */
final class ProviderAuthorization {

    /** The environment variable holding the deployment's token. */
    static final String TOKEN_VARIABLE = "MIHU_PROVIDER_API_TOKEN";

    private ProviderAuthorization() {}

    /**
     * The deployment's token from the environment.
     *
     * @param environment the environment, such as {@link System#getenv()}
     * @return the token, or {@code null} when it names none (the requests keep the example)
     */
    static String configuredToken(Map<String, String> environment) {
        String token = environment.get(TOKEN_VARIABLE);
        return token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * Puts the deployment's token into a request about to be replayed.
     *
     * @param request the request Pact is about to send
     * @param providerStates the names of the interaction's provider states
     * @param token the deployment's token; {@code null} leaves the request as recorded
     */
    static void authorize(HttpRequest request, Collection<String> providerStates, String token) {
        if (token == null || providerStates.contains(ProviderStates.TOKEN_INVALID)) {
            return;
        }
        request.setHeader("Authorization", "Bearer " + token);
    }
}
