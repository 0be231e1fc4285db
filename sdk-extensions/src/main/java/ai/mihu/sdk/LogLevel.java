package ai.mihu.sdk;

/**
 * How much of each HTTP exchange the client logs.
 *
 * <p>Lines go to the SLF4J logger {@code ai.mihu.sdk.http} at DEBUG level, so both this setting and
 * the logging configuration must allow them. At every level the {@code Authorization} header, any
 * header whose name mentions a token, secret, password or key, and any JSON value whose key does
 * (such as an intent webhook's {@code auth_token}) are replaced by {@code [REDACTED]}; the API
 * token is never written, wherever it would appear.
 */
public enum LogLevel {

    /** Logs nothing. The default. */
    NONE,

    /** Logs the request method and URL, the response status, and how long the exchange took. */
    BASIC,

    /** Logs what {@link #BASIC} does, plus request and response headers. */
    HEADERS,

    /** Logs what {@link #HEADERS} does, plus request and response bodies. */
    BODY
}
