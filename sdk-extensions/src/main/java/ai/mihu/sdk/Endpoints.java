package ai.mihu.sdk;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the client sends requests, and the checks that keep a token from going anywhere else.
 *
 * <p>The generated invoker's base URL is fixed at generation time to the spec's default server, so
 * the tenant's subdomain is applied here at run time. A subdomain must be exactly one DNS label, so
 * that input such as {@code acme.evil.com/x} cannot move the token to another host. Plain
 * {@code http} would send the token in clear text and is allowed only for loopback hosts (local
 * fakes and tests).
 */
final class Endpoints {

    static final String HOST_SUFFIX = ".mihu.ai";

    // RFC 1123 label: letters, digits and inner hyphens, 1 to 63 characters.
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    private Endpoints() {}

    /**
     * The base URL of a tenant: {@code https://<subdomain>.mihu.ai}.
     *
     * @throws IllegalArgumentException if the subdomain is not one DNS label
     */
    static String forSubdomain(String subdomain) {
        if (subdomain == null || subdomain.isEmpty()) {
            throw new IllegalArgumentException("The subdomain is missing: pass the tenant's subdomain, such as "
                    + "\"acme\" for https://acme.mihu.ai (or set MIHU_SUBDOMAIN)");
        }
        String label = subdomain.toLowerCase(Locale.ROOT);
        if (!DNS_LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("The subdomain \"" + printable(subdomain) + "\" is not a single DNS "
                    + "label: use only letters, digits and inner hyphens, at most 63 characters, such as \"acme\" "
                    + "for https://acme.mihu.ai");
        }
        return "https://" + label + HOST_SUFFIX;
    }

    /**
     * Checks and normalises an explicit base URL (no trailing slash).
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL, carries credentials,
     *     a query or a fragment, or uses plain http for a host that is not loopback
     */
    static String checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("The base URL is blank");
        }
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "The base URL \"" + printable(baseUrl) + "\" is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("https") && !scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The base URL \"" + printable(baseUrl)
                    + "\" must be an absolute http(s) URL with a host, such as https://acme.mihu.ai");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(
                    "The base URL must not contain credentials; pass the token to apiToken()");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "The base URL \"" + printable(baseUrl) + "\" must not have a query or fragment");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Plain http would send the API token unencrypted; use https for \""
                    + uri.getHost() + "\" (http is allowed only for localhost, 127.0.0.0/8 and ::1)");
        }
        String normalised = uri.toString();
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised;
    }

    /** Whether a URL host names this machine, decided without a DNS lookup. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        boolean ipLiteral = IPV4_LITERAL.matcher(h).matches() || (h.startsWith("[") && h.endsWith("]"));
        if (!ipLiteral) {
            return false;
        }
        try {
            // For an IP literal, getByName only parses; it never queries DNS.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** Input echoed in a message, with control characters shown safely and length bounded. */
    private static String printable(String input) {
        String cleaned = input.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 80 ? cleaned : cleaned.substring(0, 80) + "…";
    }
}
