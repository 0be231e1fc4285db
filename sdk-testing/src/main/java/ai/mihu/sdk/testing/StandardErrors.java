package ai.mihu.sdk.testing;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The error code, message and details the mock sends for a status when nothing more specific is
 * known, following the examples of the API reference.
 */
final class StandardErrors {

    /** One row of the table. */
    record Entry(String code, String message, @Nullable String details) {}

    private static final Map<Integer, Entry> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Entry("BAD_REQUEST", "The request was malformed.", null)),
            Map.entry(401, new Entry("INVALID_AUTH_TOKEN", "The API token is invalid or has been revoked.", null)),
            Map.entry(403, new Entry("FORBIDDEN", "This token is not allowed to perform this action.", null)),
            Map.entry(404, new Entry("NOT_FOUND", "The requested resource was not found.", null)),
            Map.entry(405, new Entry("METHOD_NOT_ALLOWED", "The method is not allowed on this path.", null)),
            Map.entry(409, new Entry("CONFLICT", "The request conflicts with the current state.", null)),
            Map.entry(422, new Entry("VALIDATION_ERROR", "The given data was invalid.", null)),
            Map.entry(
                    429,
                    new Entry("RATE_LIMIT_EXCEEDED", "Too many requests. Please slow down.", "Wait before retrying.")),
            Map.entry(500, new Entry("INTERNAL_ERROR", "An unexpected error occurred.", null)),
            Map.entry(501, new Entry("NOT_IMPLEMENTED", "This endpoint is not implemented.", null)),
            Map.entry(502, new Entry("BAD_GATEWAY", "Bad gateway.", "The upstream service did not answer in time.")),
            Map.entry(503, new Entry("SERVICE_UNAVAILABLE", "The service is temporarily unavailable.", null)),
            Map.entry(504, new Entry("GATEWAY_TIMEOUT", "The gateway timed out.", null)));

    private StandardErrors() {}

    /** The entry for a status; statuses without one get a generic {@code HTTP_<status>} code. */
    static Entry forStatus(int status) {
        Entry entry = BY_STATUS.get(status);
        if (entry != null) {
            return entry;
        }
        return new Entry("HTTP_" + status, "The request failed with status " + status + ".", null);
    }
}
