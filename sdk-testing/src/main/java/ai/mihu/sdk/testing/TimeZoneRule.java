package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The server's check of {@code timezone}: the schema only says "string", but the API accepts only
 * time zones it knows. The mock knows the IANA region ids of the JVM's time-zone data
 * ({@link ZoneId#getAvailableZoneIds()}), such as {@code Europe/Istanbul} or {@code UTC}.
 */
final class TimeZoneRule {

    static final String FIELD = "timezone";

    /** Read once: {@link ZoneId#getAvailableZoneIds()} builds a fresh set of some 600 ids per call. */
    private static final Set<String> KNOWN_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private TimeZoneRule() {}

    /**
     * The 422 answer for a body whose {@code timezone} is a string the JVM knows no zone for.
     *
     * @param body the request body, already valid against the schema; may be null
     */
    static Optional<Answer> check(@Nullable JsonNode body) {
        JsonNode timezone = body == null ? null : body.get(FIELD);
        if (timezone == null || !timezone.isTextual() || KNOWN_ZONES.contains(timezone.textValue())) {
            return Optional.empty();
        }
        return Optional.of(Answer.error(
                422,
                "VALIDATION_ERROR",
                "The given data was invalid.",
                "The timezone must be a valid time zone, such as Europe/Istanbul.",
                FIELD));
    }
}
