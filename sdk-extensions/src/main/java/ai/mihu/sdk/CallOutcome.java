package ai.mihu.sdk;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.MihuTimeoutException;

/**
 * How a call ended, or why an attempt was repeated, as the {@code outcome} and {@code reason} tags
 * of the client's metrics ({@link #tag()}). Derived from the typed exception alone, so a failure
 * is classified the same way whichever path (synchronous, asynchronous, retry) it took.
 */
enum CallOutcome {

    /** A 2xx answer the SDK could use. */
    SUCCESS,
    /** The request failed validation (body or path ids) and was not sent. */
    INVALID_REQUEST,
    /** A 3xx answer, which the client does not follow. */
    REDIRECTION,
    /** A 4xx answer, 429 included. */
    CLIENT_ERROR,
    /** A 5xx answer, 503 included. */
    SERVER_ERROR,
    /** A 2xx answer that could not be used, or a body over the size limit. */
    MALFORMED_RESPONSE,
    /** A connect or read timeout, or the call's deadline passed. */
    TIMEOUT,
    /** The connection failed or broke, or the client was closed while the call was in flight. */
    NETWORK_ERROR,
    /** The caller cancelled the asynchronous call. */
    CANCELLED,
    /** Anything else the SDK reports as a {@link MihuException}, such as a body it could not write. */
    UNEXPECTED;

    /** The status tag of a call or attempt that got no HTTP answer. */
    static final int NO_STATUS = 0;

    private final String tag = name().toLowerCase(java.util.Locale.ROOT);

    /**
     * The tag value, such as {@code client_error}.
     *
     * @return the lower-case name
     */
    String tag() {
        return tag;
    }

    /** How a call (or attempt) that ended with this exception is classified. */
    static CallOutcome of(MihuException failure) {
        if (failure instanceof MihuApiException api) {
            return ofStatus(api.statusCode());
        }
        if (failure instanceof InvalidRequestException) {
            return INVALID_REQUEST;
        }
        if (failure instanceof MalformedResponseException) {
            return MALFORMED_RESPONSE;
        }
        if (failure instanceof MihuTimeoutException) {
            return TIMEOUT;
        }
        if (failure instanceof MihuConnectionException) {
            return NETWORK_ERROR;
        }
        return UNEXPECTED;
    }

    /** The HTTP status the exception carries, or {@link #NO_STATUS} when no answer was read. */
    static int statusOf(MihuException failure) {
        if (failure instanceof MihuApiException api) {
            return api.statusCode();
        }
        if (failure instanceof MalformedResponseException malformed) {
            return malformed.statusCode();
        }
        return NO_STATUS;
    }

    private static CallOutcome ofStatus(int status) {
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status >= 400) {
            return CLIENT_ERROR;
        }
        return status >= 300 ? REDIRECTION : UNEXPECTED;
    }
}
