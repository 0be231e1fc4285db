package ai.mihu.sdk.contracts.broker;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Pact Broker (or PactFlow) is and how to authenticate, read from the environment so
 * that no credential is ever written into the build files.
 *
 * @param baseUrl the broker's base URL, from {@code PACT_BROKER_BASE_URL}
 * @param token   the broker's bearer token, from {@code PACT_BROKER_TOKEN}; empty for a broker that
 *                needs none, such as a local one
 */
public record BrokerSettings(URI baseUrl, Optional<String> token) {

    /** Environment variable naming the broker's base URL. */
    public static final String BASE_URL_VARIABLE = "PACT_BROKER_BASE_URL";
    /** Environment variable holding the broker's bearer token. */
    public static final String TOKEN_VARIABLE = "PACT_BROKER_TOKEN";

    /**
     * Reads the settings from environment variables.
     *
     * @param environment the environment, usually {@link System#getenv()}
     * @return the settings
     * @throws IllegalArgumentException when {@code PACT_BROKER_BASE_URL} is missing or not an
     *                                  http(s) URL
     */
    public static BrokerSettings fromEnvironment(Map<String, String> environment) {
        String url = environment.get(BASE_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(BASE_URL_VARIABLE + " is not set: export the broker's base URL,"
                    + " such as https://mihu.pactflow.io, and " + TOKEN_VARIABLE + " with its API token.");
        }
        URI baseUrl;
        try {
            baseUrl = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(BASE_URL_VARIABLE + " is not a URL: " + e.getMessage(), e);
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException(BASE_URL_VARIABLE + " must be an http or https URL, got '" + url + "'.");
        }
        String token = environment.get(TOKEN_VARIABLE);
        return new BrokerSettings(baseUrl, Optional.ofNullable(token).filter(value -> !value.isBlank()));
    }

    /** Names the broker and whether a token is set, never the token itself. */
    @Override
    public String toString() {
        return "BrokerSettings[baseUrl=" + baseUrl + ", token=" + (token.isPresent() ? "(set)" : "(none)") + "]";
    }
}
