package ai.mihu.sdk.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Checks the {@code Authorization: Bearer <token>} header against the server's token and answers
 * 401 as the API does: {@code MISSING_AUTH_TOKEN} without the header, {@code INVALID_AUTH_TOKEN}
 * with any other value, or with the token itself once it is revoked. The sent value is never echoed
 * back.
 */
final class BearerAuth {

    private static final String SCHEME = "Bearer ";

    private final byte[] expectedToken;
    private final BooleanSupplier revoked;

    /**
     * @param token the token the tenant's requests carry
     * @param revoked whether the token has been revoked since; asked on every request
     */
    BearerAuth(String token, BooleanSupplier revoked) {
        this.expectedToken = token.getBytes(StandardCharsets.UTF_8);
        this.revoked = revoked;
    }

    /**
     * The 401 answer for the request's {@code Authorization} values, if they do not carry the token.
     *
     * @param values the header's values; empty when the header was not sent
     */
    Optional<Answer> reject(List<String> values) {
        if (values.isEmpty() || values.stream().allMatch(String::isBlank)) {
            return Optional.of(Answer.error(
                    401,
                    "MISSING_AUTH_TOKEN",
                    "The request has no API token.",
                    "Send the header 'Authorization: Bearer <token>'.",
                    null));
        }
        if (values.size() != 1 || !carriesToken(values.get(0).trim()) || revoked.getAsBoolean()) {
            return Optional.of(Answer.error(
                    401,
                    "INVALID_AUTH_TOKEN",
                    "The API token is invalid or has been revoked.",
                    "The Authorization header must be 'Bearer <token>' with a token of this tenant.",
                    null));
        }
        return Optional.empty();
    }

    private boolean carriesToken(String value) {
        // The scheme name is case-insensitive (RFC 9110); the token is compared in constant time.
        if (value.length() < SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] sent = value.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, expectedToken);
    }
}
