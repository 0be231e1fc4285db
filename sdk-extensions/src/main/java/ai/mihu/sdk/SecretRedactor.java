package ai.mihu.sdk;

import feign.Request;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from text the SDK writes to logs or puts into exceptions.
 *
 * <p>Three rules, applied together: a header is masked when its name mentions a credential; in
 * JSON, a string or number value is masked when its key mentions one (which covers an intent
 * webhook's {@code auth_token} and any {@code secret}, and leaves booleans such as
 * {@code has_secret} readable); and the configured API token is masked wherever it appears, in
 * case a server or proxy echoes it in some other shape.
 */
final class SecretRedactor {

    /** What a secret is replaced with. */
    static final String MASK = "[REDACTED]";

    private static final String CREDENTIAL_WORDS = "token|secret|password|passwd|authorization|api[-_]?key|cookie";

    private static final Pattern SENSITIVE_NAME =
            Pattern.compile(".*(" + CREDENTIAL_WORDS + ").*", Pattern.CASE_INSENSITIVE);

    // "some_token" : "value"   or   "secret": 12345  -- the value may be cut off at the end of a
    // truncated body, hence the optional closing quote at end of input.
    private static final Pattern SENSITIVE_JSON_MEMBER = Pattern.compile(
            "(\"[^\"\\\\]*(?:" + CREDENTIAL_WORDS + ")[^\"\\\\]*\"\\s*:\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)|-?\\d[\\d.eE+-]*)",
            Pattern.CASE_INSENSITIVE);

    // Shorter strings would mask ordinary words; real API tokens are far longer.
    private static final int MIN_LITERAL_LENGTH = 8;

    private final List<String> literalSecrets;

    /**
     * Creates a redactor.
     *
     * @param literalSecrets values to mask wherever they appear, such as the API token
     */
    SecretRedactor(List<String> literalSecrets) {
        this.literalSecrets = literalSecrets.stream()
                .filter(s -> s != null && s.length() >= MIN_LITERAL_LENGTH)
                .toList();
    }

    /**
     * This redactor, also masking the credentials the request carries: the value of each of its
     * sensitive headers and, for {@code Authorization: Bearer <token>}, the token alone. So a
     * view's own token is masked in what concerns its requests, without the redactor having to
     * be told about every view.
     *
     * @param request the request; {@code null} gives this redactor
     * @return a redactor for text about that request
     */
    SecretRedactor forRequest(@Nullable Request request) {
        if (request == null) {
            return this;
        }
        List<String> secrets = new ArrayList<>(literalSecrets);
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            if (!isSensitiveHeader(header.getKey())) {
                continue;
            }
            for (String value : header.getValue()) {
                secrets.add(value);
                int space = value.indexOf(' ');
                if (space > 0) {
                    secrets.add(value.substring(space + 1).trim());
                }
            }
        }
        return new SecretRedactor(secrets);
    }

    /** Whether a header with this name carries a credential and must not be shown. */
    static boolean isSensitiveHeader(String name) {
        return name != null
                && SENSITIVE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** The value to show for a header: the value itself, or the mask when the header is sensitive. */
    String headerValue(String name, String value) {
        return isSensitiveHeader(name) ? MASK : redact(value);
    }

    /** {@link #redact(String)} for a value that may be absent, such as a field of the error envelope. */
    @Nullable
    String redactIfPresent(@Nullable String text) {
        return text == null ? null : redact(text);
    }

    /**
     * Masks every secret in a piece of text, such as a JSON body or a log line.
     *
     * @param text the text
     * @return the text with secrets masked
     */
    String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = SENSITIVE_JSON_MEMBER
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + MASK + "\""));
        for (String secret : literalSecrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
