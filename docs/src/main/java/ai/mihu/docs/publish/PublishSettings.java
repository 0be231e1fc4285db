package ai.mihu.docs.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where to publish and with which token. Read from {@code DOCS_PORTAL_URL} and
 * {@code DOCS_PORTAL_TOKEN}: the token comes from the environment only, never from a command
 * line or a system property where process listings and build logs would show it, and
 * {@link #toString()} leaves it out.
 */
public final class PublishSettings {

    /** Environment variable holding the portal's upload base URL. */
    public static final String URL_VARIABLE = "DOCS_PORTAL_URL";
    /** Environment variable holding the portal's bearer token. */
    public static final String TOKEN_VARIABLE = "DOCS_PORTAL_TOKEN";

    private final URI portalUrl;
    private final String token;

    private PublishSettings(URI portalUrl, String token) {
        this.portalUrl = portalUrl;
        this.token = token;
    }

    /**
     * Reads and checks the settings.
     *
     * @param environment the process environment, or a stand-in for it in tests
     * @return the settings
     * @throws PublishException naming the variable that is missing or invalid, never its token value
     */
    public static PublishSettings fromEnvironment(Map<String, String> environment) {
        return of(required(environment, URL_VARIABLE), required(environment, TOKEN_VARIABLE));
    }

    /**
     * Checks and combines a URL and a token.
     *
     * @param url the portal's upload base URL: https, or http for a loopback host only
     * @param token the bearer token
     * @return the settings
     * @throws PublishException if either is unusable
     */
    public static PublishSettings of(String url, String token) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new PublishException(URL_VARIABLE + " is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new PublishException(URL_VARIABLE + " must be an absolute http(s) URL, got '" + url + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new PublishException(
                    URL_VARIABLE + " must not carry credentials; put the token in " + TOKEN_VARIABLE);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new PublishException(URL_VARIABLE + " must not have a query or fragment, got '" + url + "'");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new PublishException(URL_VARIABLE + " must use https: plain http would send " + TOKEN_VARIABLE
                    + " in clear text to " + uri.getHost());
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new PublishException(
                        TOKEN_VARIABLE + " contains whitespace or control characters; check how it was set");
            }
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        URI base = URI.create(scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/"));
        return new PublishSettings(base, token);
    }

    /**
     * Returns the portal's upload base URL, always ending in a slash.
     *
     * @return the base URL, without credentials
     */
    public URI portalUrl() {
        return portalUrl;
    }

    /** Returns the bearer token; only the publisher's Authorization header uses it. */
    String token() {
        return token;
    }

    @Override
    public String toString() {
        return "PublishSettings[portalUrl=" + portalUrl + ", token=<redacted>]";
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new PublishException("Set " + name + " to publish the docs bundle (both " + URL_VARIABLE + " and "
                    + TOKEN_VARIABLE + " are required)");
        }
        return value;
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1");
    }
}
