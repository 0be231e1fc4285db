package ai.mihu.sdk;

import ai.mihu.sdk.errors.AuthenticationException;
import ai.mihu.sdk.errors.BadRequestException;
import ai.mihu.sdk.errors.ConflictException;
import ai.mihu.sdk.errors.FailedResponse;
import ai.mihu.sdk.errors.InternalServerException;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.NotFoundException;
import ai.mihu.sdk.errors.PermissionDeniedException;
import ai.mihu.sdk.errors.RateLimitException;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import ai.mihu.sdk.errors.UnprocessableEntityException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns every non-2xx response into the SDK's typed exception, in Feign's {@link ErrorDecoder}
 * seam (replacing Feign's default, which makes any response with {@code Retry-After} retryable,
 * POST included).
 *
 * <p>The error envelope is read leniently ({@link ErrorEnvelope}), so HTML, empty or truncated
 * bodies still give the right exception type with a message that says what came back. It never
 * decides about retries: {@link CallPath} asks {@link RetryPolicy} about the typed exception, with
 * the operation's idempotency and the call's deadline, which only the call knows. Secrets, the
 * token of the view that sent the request included, are redacted from everything it keeps.
 */
final class ErrorResponseDecoder implements ErrorDecoder {

    // Enough for any envelope; a proxy's error page beyond this adds nothing worth reading.
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int PREVIEW_CHARS = 200;
    // Envelope text is quoted in full by the accessors; the message keeps a readable length.
    private static final int MESSAGE_PART_CHARS = 500;

    private final ObjectMapper mapper;
    private final SecretRedactor redactor;
    private final Clock clock;

    ErrorResponseDecoder(ObjectMapper mapper, SecretRedactor redactor, Clock clock) {
        this.mapper = mapper;
        this.redactor = redactor;
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        SecretRedactor redactor = this.redactor.forRequest(response.request());
        byte[] body;
        @Nullable String unreadable = null;
        try {
            body = ResponseBodies.read(response, MAX_BODY_BYTES);
        } catch (IOException e) {
            body = new byte[0];
            unreadable = e.getClass().getSimpleName();
        }
        String text = redactor.redact(ResponseBodies.text(response, body));
        ErrorEnvelope envelope = ErrorEnvelope.parse(mapper, body);
        @Nullable
        Duration retryAfter = RetryAfter.parse(firstHeader(response, RetryAfter.HEADER), clock)
                .orElse(null);

        FailedResponse failed = new FailedResponse(
                status,
                redactor.redactIfPresent(envelope.message()),
                redactor.redactIfPresent(envelope.code()),
                redactor.redactIfPresent(envelope.field()),
                redactor.redactIfPresent(envelope.details()),
                FailedResponse.caseInsensitiveCopy(response.headers()),
                ResponseBodies.truncate(text));
        String message = describe(response, failed, envelope, text, unreadable, retryAfter);
        return typed(status, message, failed, retryAfter);
    }

    private static MihuApiException typed(
            int status, String message, FailedResponse failed, @Nullable Duration retryAfter) {
        return switch (status) {
            case 400 -> new BadRequestException(message, failed);
            case 401 -> new AuthenticationException(message, failed);
            case 403 -> new PermissionDeniedException(message, failed);
            case 404 -> new NotFoundException(message, failed);
            case 409 -> new ConflictException(message, failed);
            case 422 -> new UnprocessableEntityException(message, failed);
            case 429 -> new RateLimitException(message, failed, retryAfter);
            case 503 -> new ServiceUnavailableException(message, failed, retryAfter);
            default ->
                status >= 500 && status <= 599
                        ? new InternalServerException(message, failed)
                        : new MihuApiException(message, failed);
        };
    }

    /**
     * A message that says what happened even without the envelope, such as
     * {@code HTTP 422 Unprocessable Entity: The given data was invalid. (code VALIDATION_ERROR,
     * field name; details: The name field is required.)}.
     */
    private static String describe(
            Response response,
            FailedResponse failed,
            ErrorEnvelope envelope,
            String text,
            @Nullable String unreadable,
            @Nullable Duration retryAfter) {
        StringBuilder message = new StringBuilder("HTTP ").append(failed.statusCode());
        String reason = response.reason() == null || response.reason().isBlank()
                ? HttpStatusNames.of(failed.statusCode())
                : response.reason();
        if (reason != null) {
            message.append(' ').append(reason);
        }
        if (envelope.recognised()) {
            message.append(": ").append(failed.message() == null ? "(no message)" : abbreviate(failed.message()));
            appendErrorParts(message, failed);
            if (!envelope.wellFormed()) {
                message.append(" [the error body was cut short or is not valid JSON]");
            }
        } else if (unreadable != null) {
            message.append(" (the body could not be read: ").append(unreadable).append(')');
        } else if (text.isBlank()) {
            message.append(" with an empty body");
        } else {
            String contentType = ResponseBodies.contentType(response);
            message.append(" (the body is not Mihu's error envelope")
                    .append(contentType == null ? "" : "; Content-Type " + contentType)
                    .append("): ")
                    .append(ResponseBodies.preview(text, PREVIEW_CHARS));
        }
        if (retryAfter != null) {
            message.append(" Retry after ").append(retryAfter.toSeconds()).append(" s.");
        }
        return message.toString();
    }

    private static void appendErrorParts(StringBuilder message, FailedResponse failed) {
        StringBuilder parts = new StringBuilder();
        if (failed.errorCode() != null) {
            parts.append("code ").append(failed.errorCode());
        }
        if (failed.errorField() != null) {
            parts.append(parts.length() == 0 ? "" : ", ").append("field ").append(failed.errorField());
        }
        if (failed.details() != null) {
            parts.append(parts.length() == 0 ? "" : "; ").append("details: ").append(abbreviate(failed.details()));
        }
        if (parts.length() > 0) {
            message.append(" (").append(parts).append(')');
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= MESSAGE_PART_CHARS ? text : text.substring(0, MESSAGE_PART_CHARS) + "…";
    }

    private static @Nullable String firstHeader(Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> name.equalsIgnoreCase(e.getKey()))
                .map(Map.Entry::getValue)
                .flatMap(Collection::stream)
                .findFirst()
                .orElse(null);
    }

    /** Reason phrases for when the server sends none (HTTP/2 has no reason phrase). */
    private static final class HttpStatusNames {
        static @Nullable String of(int status) {
            return switch (status) {
                case 400 -> "Bad Request";
                case 401 -> "Unauthorized";
                case 403 -> "Forbidden";
                case 404 -> "Not Found";
                case 409 -> "Conflict";
                case 422 -> "Unprocessable Entity";
                case 429 -> "Too Many Requests";
                case 500 -> "Internal Server Error";
                case 502 -> "Bad Gateway";
                case 503 -> "Service Unavailable";
                case 504 -> "Gateway Timeout";
                default -> null;
            };
        }
    }
}
