package ai.mihu.sdk.errors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the server answered to a request that failed: the status code, the parts of Mihu's error
 * envelope ({@code {"success": false, "message": …, "error": {"code", "details", "field"}}}) that
 * could be read, the response headers, and the start of the raw body.
 *
 * <p>Every part except the status code and headers may be {@code null}: a proxy in front of the API
 * can answer with HTML or an empty body, and the envelope itself marks {@code field} and
 * {@code details} as optional. Secrets are redacted from {@code message}, {@code details} and
 * {@code rawBody} before an instance is created.
 *
 * @param statusCode the HTTP status code, such as 422
 * @param message the envelope's human-readable {@code message}, or {@code null} if absent
 * @param errorCode the envelope's {@code error.code}, such as {@code INVALID_AUTH_TOKEN}; an open
 *     string whose casing varies between endpoints; {@code null} if absent
 * @param errorField the envelope's {@code error.field}, naming the request field that failed
 *     validation; {@code null} if absent
 * @param details the envelope's {@code error.details}, or {@code null} if absent
 * @param headers the response headers; names are case-insensitive
 * @param rawBody the start of the response body as text (a few KB at most), or an empty string
 */
public record FailedResponse(
        int statusCode,
        @Nullable String message,
        @Nullable String errorCode,
        @Nullable String errorField,
        @Nullable String details,
        Map<String, List<String>> headers,
        String rawBody)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the headers into an unmodifiable, case-insensitive map and replaces a {@code null}
     * body with an empty string.
     *
     * @param statusCode the HTTP status code
     * @param message the envelope's message
     * @param errorCode the envelope's error code
     * @param errorField the envelope's error field
     * @param details the envelope's error details
     * @param headers the response headers; {@code null} means none
     * @param rawBody the start of the body; {@code null} means empty
     */
    public FailedResponse {
        headers = caseInsensitiveCopy(headers);
        rawBody = rawBody == null ? "" : rawBody;
    }

    /**
     * The first value of a response header.
     *
     * @param name the header name, in any case
     * @return the first value, or empty if the header is absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** Leaves out headers and body, which can be long; the exception message says what matters. */
    @Override
    public String toString() {
        return "FailedResponse[statusCode=" + statusCode + ", errorCode=" + errorCode + ", errorField=" + errorField
                + ", message=" + message + "]";
    }

    /**
     * Copies headers into a case-insensitive map, as HTTP header names are case-insensitive.
     *
     * @param headers headers as an HTTP client reports them; may be {@code null}
     * @return an unmodifiable, serialisable copy
     */
    public static Map<String, List<String>> caseInsensitiveCopy(
            @Nullable Map<String, ? extends Collection<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null) {
                    List<String> list = new ArrayList<>(values == null ? List.of() : values);
                    list.removeIf(v -> v == null);
                    copy.merge(name, List.copyOf(list), FailedResponse::concat);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
