package ai.mihu.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header, which RFC 9110 allows as a number of seconds or as an HTTP
 * date. An unreadable value is ignored (the client then falls back to its own backoff) rather than
 * failing the request.
 */
final class RetryAfter {

    static final String HEADER = "Retry-After";

    private RetryAfter() {}

    /**
     * The wait a {@code Retry-After} value asks for.
     *
     * @param value the header value, or {@code null} when absent
     * @param clock the clock an HTTP date is measured against
     * @return the wait (zero for a date in the past), or empty when absent or unreadable
     */
    static Optional<Duration> parse(@Nullable String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        if (trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
            } catch (NumberFormatException tooLarge) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
