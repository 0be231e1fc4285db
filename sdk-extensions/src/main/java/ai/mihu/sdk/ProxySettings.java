package ai.mihu.sdk;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy the client connects through, with optional Basic credentials.
 * {@link #toString()} never shows the password.
 *
 * @param host the proxy's host name or address
 * @param port the proxy's port
 * @param username the user name, or {@code null} for a proxy without authentication
 * @param password the password, or {@code null}
 */
record ProxySettings(
        String host,
        int port,
        @Nullable String username,
        @Nullable String password) {

    boolean hasCredentials() {
        return username != null;
    }

    @Override
    public String toString() {
        return host + ":" + port
                + (hasCredentials() ? " (as " + username + ", password " + SecretRedactor.MASK + ")" : "");
    }
}
