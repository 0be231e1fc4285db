package ai.mihu.sdk;

import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Logs HTTP exchanges to SLF4J, in Feign's {@link feign.Logger} seam, with secrets removed.
 *
 * <p>{@code feign-slf4j} logs headers and bodies as they are; this logger writes the same lines
 * (request line, headers, body, status, timing) but passes every header value and body through
 * {@link SecretRedactor}, and then every line again, so the API token, webhook secrets and intent
 * webhook {@code auth_token} values are masked at every level. The lines of an exchange are
 * redacted with {@link SecretRedactor#forRequest}, so each view's own token is masked. Lines go to
 * {@value #LOGGER_NAME} at DEBUG; nothing is formatted or buffered when DEBUG is off.
 */
final class RedactingLogger extends feign.Logger {

    static final String LOGGER_NAME = "ai.mihu.sdk.http";

    // Bodies beyond this are cut in the log (the caller still gets all of it).
    private static final int MAX_LOGGED_BODY_CHARS = 16 * 1024;

    private final org.slf4j.Logger log = LoggerFactory.getLogger(LOGGER_NAME);
    private final SecretRedactor redactor;

    RedactingLogger(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** The Feign level for an SDK level. */
    static Level feignLevel(LogLevel level) {
        return switch (level) {
            case NONE -> Level.NONE;
            case BASIC -> Level.BASIC;
            case HEADERS -> Level.HEADERS;
            case BODY -> Level.FULL;
        };
    }

    @Override
    protected void log(String configKey, String format, @Nullable Object... args) {
        line(redactor, configKey, format, args);
    }

    // The format strings reach here from Feign's Logger.log(String, String, Object...), which declares
    // no format method, so AnnotateFormatMethod's annotation could not be checked at the callers.
    @SuppressWarnings("AnnotateFormatMethod")
    private void line(SecretRedactor lineRedactor, String configKey, String format, @Nullable Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(lineRedactor.redact(methodTag(configKey) + String.format(format, args)));
        }
    }

    @Override
    protected void logRequest(String configKey, Level level, Request request) {
        if (!log.isDebugEnabled()) {
            return;
        }
        SecretRedactor exchange = redactor.forRequest(request);
        line(
                exchange,
                configKey,
                "---> %s %s %s",
                request.httpMethod().name(),
                request.url(),
                resolveProtocolVersion(request.protocolVersion()));
        if (level.compareTo(Level.HEADERS) < 0) {
            return;
        }
        logHeaders(exchange, configKey, request.headers());
        byte[] body = request.body();
        if (body != null && level == Level.FULL) {
            line(exchange, configKey, "");
            line(
                    exchange,
                    configKey,
                    "%s",
                    loggableBody(
                            exchange,
                            new String(body, request.charset() == null ? StandardCharsets.UTF_8 : request.charset())));
        }
        line(exchange, configKey, "---> END HTTP (%s-byte body)", body == null ? 0 : body.length);
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level level, Response response, long elapsedTime) {
        if (!log.isDebugEnabled()) {
            return response;
        }
        SecretRedactor exchange = redactor.forRequest(response.request());
        String reason = response.reason() == null ? "" : " " + response.reason();
        line(
                exchange,
                configKey,
                "<--- %s %s%s (%sms)",
                resolveProtocolVersion(response.protocolVersion()),
                response.status(),
                reason,
                elapsedTime);
        if (level.compareTo(Level.HEADERS) < 0) {
            return response;
        }
        logHeaders(exchange, configKey, ResponseHeaders.of(response));
        boolean hasBody = response.body() != null && response.status() != 204 && response.status() != 205;
        if (!hasBody || level != Level.FULL) {
            Integer length = hasBody ? response.body().length() : Integer.valueOf(0);
            line(
                    exchange,
                    configKey,
                    "<--- END HTTP (%s)",
                    length == null ? "body of unknown length" : length + "-byte body");
            return response;
        }
        byte[] body = readBody(response);
        line(exchange, configKey, "");
        line(exchange, configKey, "%s", loggableBody(exchange, ResponseBodies.text(response, body)));
        line(exchange, configKey, "<--- END HTTP (%s-byte body)", body.length);
        // The body stream is spent: give Feign a copy to decode.
        return response.toBuilder().body(body).build();
    }

    @Override
    protected IOException logIOException(String configKey, Level level, IOException failure, long elapsedTime) {
        // No stack trace: the caller gets the failure as an exception, with its cause.
        log(
                configKey,
                "<--- ERROR %s: %s (%sms)",
                failure.getClass().getSimpleName(),
                failure.getMessage(),
                elapsedTime);
        return failure;
    }

    private void logHeaders(SecretRedactor exchange, String configKey, Map<String, Collection<String>> headers) {
        headers.forEach((name, values) ->
                values.forEach(value -> line(exchange, configKey, "%s: %s", name, exchange.headerValue(name, value))));
    }

    private static String loggableBody(SecretRedactor exchange, String body) {
        String redacted = exchange.redact(body);
        return redacted.length() <= MAX_LOGGED_BODY_CHARS
                ? redacted
                : redacted.substring(0, MAX_LOGGED_BODY_CHARS) + "…[" + redacted.length() + " chars in all]";
    }

    /**
     * Reads the whole body to log it. Feign would turn an {@link IOException} here into a
     * {@code FeignException}, so a failure is turned into the SDK's own exception instead.
     */
    private static byte[] readBody(Response response) {
        if (response.body() instanceof BufferedBody buffered) {
            return buffered.bytes();
        }
        try (InputStream in = response.body().asInputStream()) {
            return Util.toByteArray(in);
        } catch (IOException e) {
            Request request = response.request();
            throw TransportFailures.toException(e, request.httpMethod().name(), request.url());
        }
    }
}
